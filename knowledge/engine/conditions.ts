import type { FactName, Facts } from '../contract/facts';
import type { Language } from '../i18n/translations';
import type { Condition } from '../schema';
import { daysBetween, addDays, relativeDay } from './dates';
import { endpointMatchesCloud, parseMicrosoftEndpoint } from './endpoints';
import { bypassesProxy, systemProperties } from './jvm';
import { describeScopeProblems, validateScopes } from './scopes';
import type { CompiledSignature } from './signatures';
import { distinctMatches, firstMatch } from './signatures';
import { versionAtLeast } from './versions';
import { engineWording } from './wording';

/**
 * Three-valued evaluation of the knowledge's conditions: an unknown fact never counts as a "no".
 * `and`/`or`/`not` follow Kleene's logic (false wins an `all`, true wins an `any`).
 */
export type Truth = true | false | 'unknown';

export type Evaluation = {
  truth: Truth;
  /** What the condition found, in words, for a rule's `{{detail}}` (e.g. which scope is missing). */
  detail?: string;
  /** The facts whose absence left the result unknown (empty unless truth is 'unknown'). */
  unknownFacts: FactName[];
};

export type EvalContext = {
  facts: Facts;
  /** YYYY-MM-DD, the day "today" means. */
  today: string;
  signatures: ReadonlyMap<string, CompiledSignature>;
  /** The language of the details a condition finds (the engine's language; English when absent). */
  language?: Language;
  /**
   * What this diagnosis already worked out: leaf conditions evaluated and facts parsed (dates,
   * versions, scope sets, endpoints, JVM arguments), each once however many rules read them. The
   * facts of a context never change, so neither do these.
   */
  memo?: Map<unknown, unknown>;
  /** The number standing for each fact's value (by fact slot) and for today, for kept results (see KeptByReads). */
  valueIds?: number[];
  todayId?: number;
};

export function remember<T>(ctx: EvalContext, key: unknown, compute: () => T): T {
  const memo = (ctx.memo ??= new Map());
  const found = memo.get(key) as T | undefined;
  if (found !== undefined || memo.has(key)) return found as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

const NONE: FactName[] = Object.freeze([]) as unknown as FactName[];
const TRUE: Evaluation = Object.freeze({ truth: true, unknownFacts: NONE });
const FALSE: Evaluation = Object.freeze({ truth: false, unknownFacts: NONE });
// Evaluations are shared (remembered, or these two constants): nobody changes one.
const known = (truth: boolean, detail?: string): Evaluation => (detail ? { truth, unknownFacts: NONE, detail } : truth ? TRUE : FALSE);
const unknown = (...facts: FactName[]): Evaluation => ({ truth: 'unknown', unknownFacts: facts });

const words = (ctx: EvalContext) => engineWording(ctx.language);

function fact(ctx: EvalContext, name: string): unknown {
  return ctx.facts[name as FactName];
}

export function evaluate(condition: Condition, ctx: EvalContext): Evaluation {
  switch (condition.kind) {
    case 'factIs': {
      const value = fact(ctx, condition.fact);
      return value === undefined ? unknown(condition.fact as FactName) : known(value === condition.value);
    }
    case 'factIn': {
      const value = fact(ctx, condition.fact);
      return value === undefined ? unknown(condition.fact as FactName) : known(condition.values.includes(value as string));
    }
    case 'factKnown':
      return known(fact(ctx, condition.fact) !== undefined);
    case 'numberAtLeast': {
      const value = fact(ctx, condition.fact);
      if (value === undefined) return unknown(condition.fact as FactName);
      return known(typeof value === 'number' && value >= condition.value);
    }
    case 'all':
      return combine(condition.of.map((c) => evaluate(c, ctx)), false, words(ctx).detailSeparator);
    case 'any':
      return combine(condition.of.map((c) => evaluate(c, ctx)), true, words(ctx).detailSeparator);
    case 'not': {
      const inner = evaluate(condition.of, ctx);
      return inner.truth === 'unknown' ? inner : { ...inner, truth: !inner.truth };
    }
    default:
      return remember(ctx, condition, () => evaluateParsed(condition, ctx));
  }
}

/**
 * `evaluate(condition, ctx).truth`, for the callers that read only the truth (is a question asked,
 * a help line shown, a variable's case chosen): `all`/`any` stop at the first deciding operand and
 * build no details or lists of unknown facts on the way. Kleene's result does not depend on which
 * deciding operand is met first, so it is the same truth.
 */
export function truthOf(condition: Condition, ctx: EvalContext): Truth {
  switch (condition.kind) {
    case 'all':
    case 'any': {
      const decisive = condition.kind === 'any';
      let open = false;
      for (const operand of condition.of) {
        const truth = truthOf(operand, ctx);
        if (truth === decisive) return decisive;
        if (truth === 'unknown') open = true;
      }
      return open ? 'unknown' : !decisive;
    }
    case 'not': {
      const inner = truthOf(condition.of, ctx);
      return inner === 'unknown' ? inner : !inner;
    }
    default:
      return evaluate(condition, ctx).truth;
  }
}

/** The conditions that parse or match a fact: worth remembering for the rest of the diagnosis. */
function evaluateParsed(condition: Condition, ctx: EvalContext): Evaluation {
  switch (condition.kind) {
    case 'versionAtLeast': {
      const value = fact(ctx, condition.fact);
      if (typeof value !== 'string') return unknown(condition.fact as FactName);
      const verdict = versionAtLeast(value, condition.min, condition.lines, ctx.language);
      return known(verdict.atLeast, verdict.detail);
    }
    case 'dateBefore': {
      const value = fact(ctx, condition.fact);
      if (typeof value !== 'string') return unknown(condition.fact as FactName);
      const reference = addDays(condition.than === 'today' ? ctx.today : condition.than, condition.days ?? 0);
      const detail =
        condition.than === 'today' ? relativeDay(value, ctx.today, ctx.language) : words(ctx).relativeTo(value, relativeDay(value, reference, ctx.language), reference);
      return known(daysBetween(reference, value) < 0, detail);
    }
    case 'textMatches': {
      const value = fact(ctx, condition.fact);
      if (value === undefined) return unknown(condition.fact as FactName);
      const regex = new RegExp(condition.pattern, condition.flags ?? 'i');
      const texts = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const hit = texts.find((t) => regex.test(t));
      return known(hit !== undefined, hit === undefined ? undefined : quote(hit));
    }
    case 'errorMatches': {
      const errors = ctx.facts.errors;
      if (errors === undefined) return unknown('errors');
      const compiled = ctx.signatures.get(condition.signature);
      if (!compiled) throw new Error(`unknown error signature "${condition.signature}"`);
      const hit = firstMatch(compiled, errors);
      return known(hit !== undefined, hit === undefined ? undefined : quote(hit));
    }
    case 'errorsDistinct': {
      const errors = ctx.facts.errors;
      if (errors === undefined) return unknown('errors');
      const compiled = ctx.signatures.get(condition.signature);
      if (!compiled) throw new Error(`unknown error signature "${condition.signature}"`);
      const values = [...distinctMatches(compiled, errors)];
      return known(values.length >= condition.atLeast, values.length ? values.map((v) => `"${v}"`).join(', ') : undefined);
    }
    case 'scopesInvalid': {
      const value = fact(ctx, condition.fact);
      if (typeof value !== 'string') return unknown(condition.fact as FactName);
      const check = validateScopes(value, { cloud: ctx.facts['microsoft.cloud'], protocol: ctx.facts['mail.protocol'], ...(ctx.language ? { language: ctx.language } : {}) });
      if (check.verdict === 'undecided') return unknown(...check.undecidedBy);
      const detail = check.verdict === 'invalid' ? describeScopeProblems(check, ctx.language) : check.notes.join(words(ctx).scope.separator) || undefined;
      return known(check.verdict === 'invalid', detail);
    }
    case 'endpointTenant': {
      const value = fact(ctx, condition.fact);
      if (typeof value !== 'string') return unknown(condition.fact as FactName);
      const parsed = remember(ctx, `endpoint ${value}`, () => parseMicrosoftEndpoint(value, ctx.language));
      if (!parsed.ok) return known(false, parsed.reason);
      return known(parsed.endpoint.tenantKind === condition.tenant, words(ctx).tenantPart(value, parsed.endpoint.tenant));
    }
    case 'endpointWrongCloud': {
      const value = fact(ctx, condition.fact);
      if (typeof value !== 'string') return unknown(condition.fact as FactName);
      const parsed = remember(ctx, `endpoint ${value}`, () => parseMicrosoftEndpoint(value, ctx.language));
      if (!parsed.ok) return known(false, parsed.reason);
      const cloud = ctx.facts['microsoft.cloud'];
      if (!cloud) return unknown('microsoft.cloud');
      const wrong = !endpointMatchesCloud(parsed.endpoint, cloud);
      return known(wrong, words(ctx).cloudServes(parsed.endpoint.host, !wrong, cloud));
    }
    case 'jvmProperty': {
      const args = ctx.facts['jvm.args'];
      if (args === undefined) return unknown('jvm.args');
      const value = remember(ctx, 'jvm.args', () => systemProperties(args)).get(condition.property);
      if (value === undefined) return known(false, words(ctx).propertyNotSet(condition.property));
      const matches = condition.valuePattern === undefined || new RegExp(condition.valuePattern, 'i').test(value);
      return known(matches, `-D${condition.property}=${value}`);
    }
    case 'proxyBypasses': {
      const args = ctx.facts['jvm.args'];
      const host = condition.fact === undefined ? condition.host : fact(ctx, condition.fact);
      if (args === undefined) return unknown('jvm.args', ...(typeof host === 'string' ? [] : [condition.fact as FactName]));
      if (typeof host !== 'string') return unknown(condition.fact as FactName);
      const list = remember(ctx, 'jvm.args', () => systemProperties(args)).get('http.nonProxyHosts');
      if (list === undefined) return known(false, words(ctx).proxyNotSet(host));
      const bypassed = bypassesProxy(host, list);
      return known(bypassed, words(ctx).proxyBypass(host, bypassed, list));
    }
    default:
      throw new Error(`not a parsing condition: ${condition.kind}`);
  }
}

/** Kleene's `or` (decisive = true) or `and` (decisive = false) over already evaluated operands. */
function combine(results: Evaluation[], decisive: boolean, separator: string): Evaluation {
  let deciding: Evaluation[] | undefined;
  let open: Set<FactName> | undefined;
  for (const r of results) {
    if (r.truth === decisive) (deciding ??= []).push(r);
    else if (r.truth === 'unknown') r.unknownFacts.forEach((f) => (open ??= new Set()).add(f));
  }
  if (deciding) return known(decisive, decisive ? deciding[0]!.detail : joinDetails(deciding, separator));
  if (open) return { truth: 'unknown', unknownFacts: [...open] };
  return known(!decisive, joinDetails(results, separator));
}

function joinDetails(results: Evaluation[], separator: string): string | undefined {
  const details = results.map((r) => r.detail).filter((d): d is string => Boolean(d));
  return details.length ? details.join(separator) : undefined;
}

function quote(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return `"${single.length > 160 ? `${single.slice(0, 157)}…` : single}"`;
}

/** Every fact a condition reads, including the ones a kind reads implicitly (cloud, protocol, errors). */
export function factsOf(condition: Condition): FactName[] {
  const facts = new Set<FactName>();
  const visit = (c: Condition): void => {
    switch (c.kind) {
      case 'all':
      case 'any':
        c.of.forEach(visit);
        return;
      case 'not':
        visit(c.of);
        return;
      case 'errorMatches':
      case 'errorsDistinct':
        facts.add('errors');
        return;
      case 'jvmProperty':
        facts.add('jvm.args');
        return;
      case 'proxyBypasses':
        facts.add('jvm.args');
        if (c.fact !== undefined) facts.add(c.fact as FactName);
        return;
      case 'scopesInvalid':
        facts.add(c.fact as FactName).add('microsoft.cloud').add('mail.protocol');
        return;
      case 'endpointWrongCloud':
        facts.add(c.fact as FactName).add('microsoft.cloud');
        return;
      default:
        facts.add(c.fact as FactName);
    }
  };
  visit(condition);
  return [...facts];
}

/** Every condition nested in `condition`, itself included (for walkers that need the leaves). */
export function leavesOf(condition: Condition): Condition[] {
  if (condition.kind === 'all' || condition.kind === 'any') return condition.of.flatMap(leavesOf);
  if (condition.kind === 'not') return leavesOf(condition.of);
  return [condition];
}
