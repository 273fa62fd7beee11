/**
 * pdfmake measures text word by word and looks up each of a word's 22 style properties on its own:
 * it pushes the word and its style names on the style stack, walks the stack, and pops them again,
 * allocating as it goes. That was the largest part of laying out a report. A word that does not set a
 * property itself gets it from its style names and the stack beneath them, which do not change while
 * one text is measured: so within one text each property is looked up once per set of style names.
 */

/** pdfmake's style stack, as far as a text's measuring uses it. */
export type StyleStack = {
  auto<T>(item: unknown, callback: () => T): T;
  getProperty(property: string): unknown;
};

type Measure = (this: unknown, text: unknown, stack: StyleStack | null | undefined) => unknown;
type TextInlines = { prototype: { buildInlines: Measure } };
type GetStyleProperty = (this: unknown, item: Record<string, unknown>, stack: StyleStack | null | undefined, property: string, defaultValue: unknown) => unknown;
/** pdfmake's StyleContextStack class: its static look-up of one property of one item is what measuring calls. */
type StyleStackClass = { getStyleProperty: GetStyleProperty };

/** A property no style sets, as remembered (a Map answers undefined for what it does not hold). */
const UNSET = Symbol('unset');
/** A stack of lookingUpOnce's own: one property of one item, looked up without a callback. */
const LOOK_UP = Symbol('jira-doctor: look a word\'s property up');
type LookingUpOnce = StyleStack & { [LOOK_UP](item: unknown, property: string): unknown };

/**
 * The style stack as one text's words see it: `auto` pushes nothing (pdfmake looks a property up only
 * when the word lacks it, so the word itself never answers), and each property is looked up once
 * per set of style names. pdfmake asks for a word's 22 properties one after another, so the word's
 * style names are found once and their values kept at hand.
 */
export function lookingUpOnce(stack: StyleStack): LookingUpOnce {
  const found = new Map<unknown, Map<string, unknown>>();
  const valuesOf = (names: unknown) => {
    let values = found.get(names);
    if (!values) found.set(names, (values = new Map<string, unknown>()));
    return values;
  };
  let item: unknown = UNSET;
  let names: unknown;
  let values = valuesOf(undefined);
  const select = (next: unknown) => {
    if (next === item) return;
    item = next;
    // As pdfmake's autopush: a string or a section pushes nothing, an object its style names (if any) and itself.
    const named = typeof next === 'object' && next !== null && !('section' in next && next.section !== undefined) ? (next as { style?: unknown }).style || undefined : undefined;
    if (named !== names) values = valuesOf((names = named));
  };
  const getProperty = (property: string): unknown => {
    const known = values.get(property);
    if (known !== undefined) return known === UNSET ? undefined : known;
    const value = names === undefined ? stack.getProperty(property) : stack.auto({ style: names }, () => stack.getProperty(property));
    values.set(property, value === undefined ? UNSET : value);
    return value;
  };
  return Object.assign(Object.create(stack) as StyleStack, {
    auto<T>(next: unknown, callback: () => T): T {
      select(next);
      return callback();
    },
    getProperty,
    [LOOK_UP](next: unknown, property: string): unknown {
      select(next);
      return getProperty(property);
    },
  });
}

/**
 * Makes pdfmake's TextInlines measure each text with its style look-ups made once (once per class),
 * and pdfmake's look-up of a word's property ask such a stack directly: pdfmake's own passes it a new
 * callback each time, some 30 MB of a large report's allocations.
 */
export function measureWithStylesOnce(textInlines: TextInlines, styleStack: StyleStackClass): void {
  const proto = textInlines.prototype;
  if (!Object.prototype.hasOwnProperty.call(proto, ONCE)) {
    const byWord = proto.buildInlines;
    proto.buildInlines = function (this: unknown, text: unknown, stack: StyleStack | null | undefined) {
      return byWord.call(this, text, stack ? lookingUpOnce(stack) : stack);
    };
    Object.defineProperty(proto, ONCE, { value: true });
  }
  if (!Object.prototype.hasOwnProperty.call(styleStack, ONCE)) {
    const withCallback = styleStack.getStyleProperty;
    styleStack.getStyleProperty = function (this: unknown, item, stack, property, defaultValue) {
      const lookUp = (stack as Partial<LookingUpOnce> | null | undefined)?.[LOOK_UP];
      if (!lookUp) return withCallback.call(this, item, stack, property, defaultValue);
      // As pdfmake's: the item's own value, else the stack's, else the default (null and undefined being no value).
      const own = item[property];
      if (own !== undefined && own !== null) return own;
      const value = lookUp(item, property);
      return value !== undefined && value !== null ? value : defaultValue;
    };
    Object.defineProperty(styleStack, ONCE, { value: true });
  }
}

const ONCE = Symbol('jira-doctor: styles looked up once per text');
