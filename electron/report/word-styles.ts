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

/** A property no style sets, as remembered (a Map answers undefined for what it does not hold). */
const UNSET = Symbol('unset');

/**
 * The style stack as one text's words see it: `auto` pushes nothing (pdfmake looks a property up only
 * when the word lacks it, so the word itself never answers), and each property is looked up once
 * per set of style names. pdfmake asks for a word's 22 properties one after another, so the word's
 * style names are found once and their values kept at hand.
 */
export function lookingUpOnce(stack: StyleStack): StyleStack {
  const found = new Map<unknown, Map<string, unknown>>();
  const valuesOf = (names: unknown) => {
    let values = found.get(names);
    if (!values) found.set(names, (values = new Map<string, unknown>()));
    return values;
  };
  let item: unknown = UNSET;
  let names: unknown;
  let values = valuesOf(undefined);
  return Object.assign(Object.create(stack) as StyleStack, {
    auto<T>(next: unknown, callback: () => T): T {
      if (next !== item) {
        item = next;
        // As pdfmake's autopush: a string or a section pushes nothing, an object its style names (if any) and itself.
        const named = typeof next === 'object' && next !== null && !('section' in next && next.section !== undefined) ? (next as { style?: unknown }).style || undefined : undefined;
        if (named !== names) values = valuesOf((names = named));
      }
      return callback();
    },
    getProperty(property: string): unknown {
      const known = values.get(property);
      if (known !== undefined) return known === UNSET ? undefined : known;
      const value = names === undefined ? stack.getProperty(property) : stack.auto({ style: names }, () => stack.getProperty(property));
      values.set(property, value === undefined ? UNSET : value);
      return value;
    },
  });
}

/** Makes pdfmake's TextInlines measure each text with its style look-ups made once (once per class). */
export function measureWithStylesOnce(textInlines: TextInlines): void {
  const proto = textInlines.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, ONCE)) return;
  const byWord = proto.buildInlines;
  proto.buildInlines = function (this: unknown, text: unknown, stack: StyleStack | null | undefined) {
    return byWord.call(this, text, stack ? lookingUpOnce(stack) : stack);
  };
  Object.defineProperty(proto, ONCE, { value: true });
}

const ONCE = Symbol('jira-doctor: styles looked up once per text');
