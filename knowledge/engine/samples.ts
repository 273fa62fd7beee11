import type { FactName, FactValue } from '../contract/facts';
import { factEnumValues, factKind } from '../contract/facts';
import type { Knowledge, Question } from '../schema';
import { conditionsOf } from './compiled';
import { leavesOf } from './conditions';
import { addDays } from './dates';
import { expectedScopes } from './scopes';
import { versionJustBelow } from './versions';

/**
 * The answers a question can get, for simulating them (which question decides most, and the graph
 * walker). Enum and boolean facts take their values; free-form facts take representative values
 * read from the knowledge's own conditions: each side of every version boundary, each side of
 * every date, a valid and a broken scope string, each kind of endpoint, each signature's example.
 */
export function answerSpace(knowledge: Knowledge, question: Question, today: string): FactValue[] {
  if (question.options?.length) return question.options.map((o) => o.value as FactValue);
  return representativeValues(knowledge, question.fact as FactName, today);
}

/** The values depend only on the knowledge, the fact and the day: computed once each. */
const cache = new WeakMap<Knowledge, Map<string, FactValue[]>>();

export function representativeValues(knowledge: Knowledge, fact: FactName, today: string): FactValue[] {
  const byFact = cache.get(knowledge) ?? new Map<string, FactValue[]>();
  cache.set(knowledge, byFact);
  const key = `${fact} ${today}`;
  let values = byFact.get(key);
  if (!values) {
    values = collectValues(knowledge, fact, today);
    byFact.set(key, values);
  }
  return values;
}

function collectValues(knowledge: Knowledge, fact: FactName, today: string): FactValue[] {
  switch (factKind(fact)) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return [...factEnumValues(fact)];
    default:
      break;
  }
  const values: FactValue[] = [];
  const add = (value: FactValue | undefined) => {
    if (value !== undefined && !values.some((v) => JSON.stringify(v) === JSON.stringify(value))) values.push(value);
  };
  for (const { condition } of conditionsOf(knowledge)) {
    for (const leaf of leavesOf(condition)) {
      switch (leaf.kind) {
        case 'versionAtLeast':
          if (leaf.fact !== fact) break;
          for (const boundary of [leaf.min, ...Object.values(leaf.lines ?? {})]) {
            add(boundary);
            add(versionJustBelow(boundary));
          }
          break;
        case 'dateBefore':
          if (leaf.fact !== fact) break;
          {
            const reference = addDays(leaf.than === 'today' ? today : leaf.than, leaf.days ?? 0);
            add(addDays(reference, -1));
            add(addDays(reference, 1));
          }
          break;
        case 'numberAtLeast':
          if (leaf.fact !== fact) break;
          add(leaf.value);
          if (leaf.value > 0) add(leaf.value - 1);
          break;
        case 'factIs':
          if (leaf.fact === fact) add(leaf.value);
          break;
        case 'textMatches':
          if (leaf.fact !== fact) break;
          for (const sample of textSamples(leaf.pattern, leaf.flags ?? 'i')) add(fact === 'errors' ? [sample] : sample);
          break;
        case 'factIn':
          if (leaf.fact === fact) leaf.values.forEach((v) => add(v));
          break;
        case 'scopesInvalid':
          if (leaf.fact !== fact) break;
          add(expectedScopes('worldwide'));
          add(expectedScopes('gcc-high'));
          add(expectedScopes('worldwide').replace(' offline_access', ''));
          break;
        case 'endpointTenant':
        case 'endpointWrongCloud':
          if (leaf.fact !== fact) break;
          {
            const path = fact === 'oauth.tokenEndpoint' ? 'token' : 'authorize';
            for (const host of ['login.microsoftonline.com', 'login.microsoftonline.us']) {
              for (const tenant of ['common', 'organizations', 'contoso.onmicrosoft.com']) add(`https://${host}/${tenant}/oauth2/v2.0/${path}`);
            }
          }
          break;
        case 'jvmProperty':
          if (fact !== 'jvm.args') break;
          add('-Xms2g -Xmx4g');
          add(`-Xms2g -Xmx4g -D${leaf.property}=proxy.example.org`);
          break;
        case 'proxyBypasses':
          if (fact !== 'jvm.args' || leaf.host === undefined) break;
          add(`-Xms2g -Dhttps.proxyHost=proxy.example.org -Dhttps.proxyPort=3128 -Dhttp.nonProxyHosts=localhost|${leaf.host}`);
          break;
        case 'errorsDistinct':
          if (fact !== 'errors') break;
          {
            const signature = knowledge.signatures.find((s) => s.id === leaf.signature);
            if (signature) add([signature.example, signature.example.replace(/'([^']*)'/, "'$1-2'")]);
          }
          break;
        case 'errorMatches':
          if (fact !== 'errors') break;
          add([]);
          {
            const signature = knowledge.signatures.find((s) => s.id === leaf.signature);
            if (signature) add([signature.example]);
          }
          break;
        default:
          break;
      }
    }
  }
  return values;
}

/**
 * A text the pattern matches and one it does not, for the mostly literal patterns the knowledge
 * uses (a word between anchors and word boundaries, lookaheads that exclude a word). Each sample
 * is checked against the pattern; one that does not behave is left out.
 */
export function textSamples(pattern: string, flags: string): string[] {
  const regex = new RegExp(pattern, flags);
  const literal = (alternative: string) =>
    alternative
      .replace(/\(\?<?[!=](?:[^()]|\([^()]*\))*\)/g, '')
      .replace(/\((?:\?:)?((?:[^()|\\]|\\.)*)(?:\|(?:[^()]|\([^()]*\))*)?\)/g, '$1')
      .replace(/\\[bBAzZ]|[\^$]/g, '')
      .replace(/\\.\?|\\s\*|(?<!\\)\.[*+?]/g, '')
      .replace(/\\s\+?/g, ' ')
      .replace(/\\d[+*]?/g, '1')
      .replace(/\\(.)/g, '$1');
  const matching = splitTopLevel(pattern).map(literal).find((s) => s.length > 0 && regex.test(s));
  const other = 'none of these';
  return [...(matching ? [matching] : []), ...(regex.test(other) ? [] : [other])];
}

function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/** The versions where the knowledge's rules about `fact` change their answer (each rule's minimum and line minimums). */
export function versionBoundaries(knowledge: Knowledge, fact: FactName): string[] {
  const found = new Set<string>();
  for (const { condition } of conditionsOf(knowledge)) {
    for (const leaf of leavesOf(condition)) {
      if (leaf.kind === 'versionAtLeast' && leaf.fact === fact) [leaf.min, ...Object.values(leaf.lines ?? {})].forEach((v) => found.add(v));
    }
  }
  return [...found];
}
