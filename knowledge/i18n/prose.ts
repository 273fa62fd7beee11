import type { Cause, KnowledgePart, Question, Rule, Signature, Solution, Variable } from '../schema';
import { optional, symptomProse, type Translate } from './symptom-prose';

export type { Translate } from './symptom-prose';

/**
 * The prose of the knowledge: every text an admin reads that a translation must cover, and nothing
 * that must stay exact (ids, conditions, regular expressions, the `code` an admin copies, the
 * verbatim error messages of symptoms and signature examples, the articles' own section names).
 * One walk serves both reading the prose and writing a translated copy, so the two never disagree.
 */

function rules<R extends Rule>(list: R[], where: string, f: Translate): R[] {
  return list.map((rule, i) => ({ ...rule, because: f(rule.because, `${where}[${i}].because`), ...(rule.why !== undefined && { why: f(rule.why, `${where}[${i}].why`) }) }));
}

function solution(s: Solution, where: string, f: Translate): Solution {
  return {
    ...s,
    title: f(s.title, `${where}.title`),
    steps: s.steps.map((step, i) => ({ ...step, text: f(step.text, `${where}.steps[${i}]`) })),
    ...(s.notes && { notes: s.notes.map((note, i) => f(note, `${where}.notes[${i}]`)) }),
  };
}

function cause(c: Cause, f: Translate): Cause {
  const at = `cause ${c.id}`;
  return {
    ...c,
    title: f(c.title, `${at}.title`),
    summary: f(c.summary, `${at}.summary`),
    confirmedWhen: rules(c.confirmedWhen, `${at}.confirmedWhen`, f),
    likelyWhen: rules(c.likelyWhen, `${at}.likelyWhen`, f),
    ruledOutWhen: rules(c.ruledOutWhen, `${at}.ruledOutWhen`, f),
    ...(c.after && { after: c.after.map((a, i) => ({ ...a, note: f(a.note, `${at}.after[${i}]`) })) }),
    solutions: c.solutions.map((s) => solution(s, `${at} solution ${s.id}`, f)),
  };
}

function question(q: Question, f: Translate): Question {
  const at = `question ${q.id}`;
  return {
    ...q,
    text: f(q.text, `${at}.text`),
    ...(q.options && {
      options: q.options.map((o) => {
        const hint = optional(o.hint, `${at}.options[${String(o.value)}].hint`, f);
        return { ...o, label: f(o.label, `${at}.options[${String(o.value)}].label`), ...(hint !== undefined && { hint }) };
      }),
    }),
    help: { why: f(q.help.why, `${at}.help.why`), where: q.help.where.map((w, i) => ({ ...w, text: f(w.text, `${at}.help.where[${i}]`) })) },
  };
}

function variable(v: Variable, f: Translate): Variable {
  const at = `variable ${v.id}`;
  return {
    ...v,
    description: f(v.description, `${at}.description`),
    cases: v.cases.map((c, i) => ({ ...c, value: f(c.value, `${at}.cases[${i}]`) })),
    otherwise: f(v.otherwise, `${at}.otherwise`),
  };
}

function signature(s: Signature, f: Translate): Signature {
  return { ...s, title: f(s.title, `signature ${s.id}.title`), meaning: f(s.meaning, `signature ${s.id}.meaning`) };
}

/** A copy of the part with every prose text replaced by `f(text, where)`. */
export function mapProse(part: KnowledgePart, f: Translate): KnowledgePart {
  return {
    ...(part.symptoms && { symptoms: part.symptoms.map((s) => symptomProse(s, f)) }),
    ...(part.questions && { questions: part.questions.map((q) => question(q, f)) }),
    ...(part.causes && { causes: part.causes.map((c) => cause(c, f)) }),
    ...(part.variables && { variables: part.variables.map((v) => variable(v, f)) }),
    ...(part.signatures && { signatures: part.signatures.map((s) => signature(s, f)) }),
  };
}

/** Every prose text of the part, with where it is, in the order the part holds them. */
export function proseOf(part: KnowledgePart): { text: string; where: string }[] {
  const found: { text: string; where: string }[] = [];
  mapProse(part, (text, where) => {
    found.push({ text, where });
    return text;
  });
  return found;
}
