import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { factKind, type FactName, type FactValue, type Question } from '../../knowledge';
import { afterNextFrame, whenIdle } from '../app/idle';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import { choicesOf, parseTyped, typedText, type Choice } from './answers';
import type { HelpEntry } from '../../knowledge';

export type QuestionViewProps = {
  question: Question;
  /** 1-based position among the questions answered so far. */
  step: number;
  /** About how many questions are still worth asking, this one included (from the engine). */
  left: number;
  triage: boolean;
  help: HelpEntry[];
  /** The answer already given, when the admin came back to this question. */
  previous?: FactValue;
  previousDontKnow: boolean;
  canGoBack: boolean;
  onAnswer: (value: FactValue) => void;
  onDontKnow: () => void;
  onBack: () => void;
  onFinish: () => void;
  /** Shown between the help and the answers (the triage's paste box). */
  extra?: ReactNode;
  /** Opens the automated checks or the log panel when one of them can answer this question. */
  onOpenTool?: (tool: 'checks' | 'paste') => void;
};

const DONT_KNOW = Symbol('dont-know');
type Selection = Choice['value'] | typeof DONT_KNOW | undefined;
/** The answer being given to one question. */
type Answering = { question: string; selection: Selection; text: string; error?: string };

const INPUT_HINT: Partial<Record<ReturnType<typeof factKind>, MessageKey>> = {
  date: 'input.hint.date',
  number: 'input.hint.number',
  'string-list': 'input.hint.list',
};

/** The version the question itself gives as its example, so the hint never contradicts it. */
const versionExample = (question: Question) => /for example (?:Jira |JSM |version )?v?(\d+\.\d+(?:\.\d+)?)/i.exec(question.text)?.[1] ?? '9.12.4';

/**
 * One question: in plain words, why it matters, where to find the answer, then the options (with
 * "I don't know") or an input. Keyboard: number keys pick an option, arrow keys move, Enter continues.
 */
export function QuestionView(props: QuestionViewProps) {
  const { question } = props;
  const { t, formatDay } = useI18n();
  const fact = question.fact as FactName;
  const choices = choicesOf(question, t);
  // The card stays mounted from one question to the next (only what differs is redrawn, and the
  // element that has the focus is not torn out in the frame that shows the next question); what the
  // admin chose or typed belongs to one question, and a new question starts from its own answer.
  const startOf = (): Answering => ({ question: question.id, selection: props.previousDontKnow ? DONT_KNOW : (props.previous as Choice['value'] | undefined), text: typedText(props.previous) });
  const [stored, setAnswering] = useState(startOf);
  const answering = stored.question === question.id ? stored : startOf();
  if (answering !== stored) setAnswering(answering);
  const { selection, text, error } = answering;
  const change = (part: Partial<Omit<Answering, 'question'>>) => setAnswering((now) => ({ ...now, ...part }));
  const optionRefs = useRef<(HTMLElement | null)[]>([]);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLElement>(null);

  const all: { value: Selection; label: string; hint?: string }[] = choices
    ? [...choices, { value: DONT_KNOW, label: t('question.dontKnow'), hint: t('question.dontKnowHint') }]
    : [];

  // A new question takes the focus: the chosen option, the first one, or the input.
  useEffect(() => {
    const target = choices ? optionRefs.current[Math.max(0, all.findIndex((o) => o.value === selection))] : inputRef.current;
    // Not in the commit, where a scroll or a focus forces a layout before the question is drawn.
    // The page shows the question from its top in the frame that draws it (by then the frame has
    // laid the page out anyway). The focus goes to the answer once that frame is drawn: a focus
    // restyles what it leaves and what it enters, and in the frame that is a second pass of style
    // and layout before the question shows. It does not scroll past the question's top.
    const frame = requestAnimationFrame(() => cardRef.current?.scrollIntoView({ block: 'nearest' }));
    const cancelFocus = afterNextFrame(() => target?.focus({ preventScroll: true }));
    return () => {
      cancelAnimationFrame(frame);
      cancelFocus();
    };
    // Only when the question changes; later selections move the focus themselves.
  }, [question.id]);

  const submit = () => {
    if (choices) {
      if (selection === undefined) return change({ error: t('question.chooseOne') });
      if (selection === DONT_KNOW) return props.onDontKnow();
      return props.onAnswer(selection);
    }
    const parsed = parseTyped(fact, text);
    if (!parsed.ok) return change({ error: parsed.params ? translateWith(t, parsed.message, parsed.params) : t(parsed.message) });
    props.onAnswer(parsed.value);
  };

  const choose = (index: number) => {
    const option = all[index];
    if (!option) return;
    change({ selection: option.value, error: undefined });
    optionRefs.current[index]?.focus();
  };

  // Number keys choose an option wherever the focus is, except while typing.
  useEffect(() => {
    if (!choices) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        const index = Number(event.key) - 1;
        if (index < all.length) {
          event.preventDefault();
          choose(index);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onOptionKey = (event: KeyboardEvent, index: number) => {
    const move = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (move) {
      event.preventDefault();
      choose((index + move + all.length) % all.length);
    } else if (event.key === ' ') {
      event.preventDefault();
      choose(index);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (all[index]?.value !== selection) choose(index);
      else submit();
    }
  };

  const kind = factKind(fact);
  const example = versionExample(question);
  const hintText = kind === 'version' ? t('input.hint.version', { example, line: example.split('.').slice(0, 2).join('.') }) : INPUT_HINT[kind] && t(INPUT_HINT[kind]);
  const inputHint = hintText !== undefined;
  // A typed date is read back in words, so 3/4/2026 can be seen to mean 4 March and not 3 April.
  const readDate = kind === 'date' ? parseTyped(fact, text) : undefined;
  // What the one-line input and the list's text area share.
  const answerProps = {
    id: 'answer-input',
    ref: inputRef,
    value: text,
    'aria-invalid': error !== undefined,
    'aria-describedby': [inputHint && 'answer-hint', error && 'question-error'].filter(Boolean).join(' ') || undefined,
    onChange: (e: { target: { value: string } }) => {
      change({ text: e.target.value, error: undefined });
    },
  };
  const answeredBy = question.answeredBy ?? [];
  const byCheck = answeredBy.some((a) => a !== 'log-scan');
  const byScan = answeredBy.includes('log-scan');

  return (
    <section ref={cardRef} className="card" aria-labelledby="question-text" data-testid="question" data-question-id={question.id} data-fact={fact}>
      <p className="question-step" data-testid="question-progress">
        {props.triage ? t('question.triageStep') : props.left > 1 ? t('question.progress', { n: props.step, left: props.left }) : t('question.progressLast', { n: props.step })}
      </p>
      <h1 id="question-text" className="question-text" tabIndex={-1}>
        {question.text}
      </h1>

      <div className="help" data-testid="help">
        <h2 className="visually-hidden">{t('question.helpTitle')}</h2>
        <h3>{t('question.why')}</h3>
        <p>{question.help.why}</p>
        {props.help.length > 0 && (
          <>
            <h3>{t('question.where')}</h3>
            <dl>
              {props.help.map((entry, i) => (
                <div key={i}>
                  <dt>{t(`place.${entry.place}`)}</dt>
                  <dd>{entry.text}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </div>

      {(byCheck || byScan) && props.onOpenTool && (
        <p className="answered-by">
          {byCheck ? t('question.answeredByCheck') : t('question.answeredByScan')}{' '}
          <button type="button" className="link" onClick={() => props.onOpenTool?.(byCheck ? 'checks' : 'paste')}>
            {byCheck ? t('question.openChecks') : t('question.openPaste')}
          </button>
        </p>
      )}

      {props.extra}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {choices ? (
          <div role="radiogroup" aria-labelledby="question-text" aria-describedby={error ? 'question-error' : undefined} className="options" data-testid="options">
            {all.map((option, index) => {
              const checked = option.value === selection;
              const tabbable = checked || (selection === undefined && index === 0);
              return (
                // By position: from one question to the next the options' elements are reused.
                <div
                  key={index}
                  ref={(el) => {
                    optionRefs.current[index] = el;
                  }}
                  role="radio"
                  aria-checked={checked}
                  tabIndex={tabbable ? 0 : -1}
                  className={`option${option.value === DONT_KNOW ? ' dont-know' : ''}`}
                  onClick={() => choose(index)}
                  onKeyDown={(e) => onOptionKey(e, index)}
                  data-value={option.value === DONT_KNOW ? 'dont-know' : String(option.value)}
                >
                  {index < 9 && <span className="key" aria-hidden="true">{index + 1}</span>}
                  <span>
                    <span className="label">{option.label}</span>
                    {option.hint && <span className="hint">{option.hint}</span>}
                  </span>
                </div>
              );
            })}
          </div>
        ) : (
          <div className="field">
            <label htmlFor="answer-input">{t('question.yourAnswer')}</label>
            {inputHint && <span className="hint" id="answer-hint">{hintText}</span>}
            {kind === 'string-list' ? (
              <textarea
                {...answerProps}
                onKeyDown={(e) => {
                  // Enter adds a line in a list; Ctrl+Enter continues.
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    submit();
                  }
                }}
              />
            ) : (
              <input
                {...answerProps}
                type="text"
                inputMode={kind === 'number' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={false}
              />
            )}
            {readDate?.ok && text.trim() !== readDate.value && (
              <span className="hint" data-testid="date-read-as" aria-live="polite">
                {t('input.dateReadAs', { date: formatDay(String(readDate.value)) })}
              </span>
            )}
          </div>
        )}
        {error && (
          <p id="question-error" role="alert" className="field-error" data-testid="question-error">
            {error}
          </p>
        )}
        <div className="spread">
          <div className="row">
            <button type="submit" className="primary" data-testid="continue">
              {t('question.continue')}
            </button>
            {!choices && (
              <button type="button" onClick={props.onDontKnow} data-testid="dont-know">
                {t('question.dontKnow')}
              </button>
            )}
            <button type="button" onClick={props.onBack} disabled={!props.canGoBack}>
              {t('question.back')}
            </button>
          </div>
          <button type="button" className="link" onClick={props.onFinish} data-testid="finish">
            {t('question.finish')}
          </button>
        </div>
        <p className="keyboard-hint">{choices ? t('question.keysOptions') : kind === 'string-list' ? t('question.keysList') : t('question.keysInput')}</p>
      </form>
    </section>
  );
}

let optionFontsWarmed = false;

/**
 * The options' text styles (the label's weight, "I don't know" in italics, the key's monospace) are
 * asked of the system the first time they are laid out: 2–3 ms of font look-ups in the frame of the
 * first question with options (Chromium, traced). Laid out once while the page is idle, in a hidden
 * sample with the options' own classes (as above), they are ready before that frame.
 */
export function warmOptionFonts(): () => void {
  if (optionFontsWarmed) return () => undefined;
  return whenIdle([
    () => {
      if (optionFontsWarmed) return;
      optionFontsWarmed = true;
      const element = (className: string, ...children: Node[]) => {
        const e = document.createElement(className === 'key' || className === 'label' || className === 'hint' || className === '' ? 'span' : 'div');
        e.className = className;
        e.append(...children);
        return e;
      };
      const text = () => document.createTextNode('Aa1');
      const sample = element(
        'options',
        element('option', element('key', text()), element('', element('label', text()), element('hint', text()))),
        element('option dont-know', element('key', text()), element('', element('label', text()))),
      );
      sample.setAttribute('aria-hidden', 'true');
      Object.assign(sample.style, { position: 'absolute', left: '-10000px', top: '0', width: '400px', visibility: 'hidden' });
      document.body.append(sample);
      sample.getBoundingClientRect();
      sample.remove();
    },
  ]);
}

/** A message whose parameters come from parsing, not from the compiler's view of the key. */
function translateWith(t: Translate, key: MessageKey, params: Record<string, string>): string {
  return (t as (key: MessageKey, params: Record<string, string>) => string)(key, params);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
