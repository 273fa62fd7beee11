import { CAUSE_IDS } from '../contract/causes';

import { factShapes, isFactName, SYMPTOMS } from '../contract/facts';
import type { Condition, Knowledge } from '../schema';
import { conditionsOf } from './compiled';
import { leavesOf } from './conditions';
import { placeholdersOf } from './templates';

/**
 * Cross-reference checks the schema cannot express. `error`s make the knowledge unusable (the
 * knowledge base refuses to load); `incomplete` means a piece of the contract has no content yet.
 */
export type KnowledgeProblem = { severity: 'error' | 'incomplete'; where: string; message: string };

export function validateKnowledge(k: Knowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const error = (where: string, message: string) => problems.push({ severity: 'error', where, message });
  const incomplete = (where: string, message: string) => problems.push({ severity: 'incomplete', where, message });

  duplicates(k.causes.map((c) => c.id)).forEach((id) => error(`cause ${id}`, 'is defined more than once'));
  for (const id of CAUSE_IDS) if (!k.causes.some((c) => c.id === id)) incomplete(`cause ${id}`, 'has no definition yet');
  duplicates(k.symptoms.map((s) => s.id)).forEach((id) => error(`symptom ${id}`, 'is described more than once'));
  for (const id of SYMPTOMS) if (!k.symptoms.some((s) => s.id === id)) incomplete(`symptom ${id}`, 'has no description yet');
  duplicates(k.questions.map((q) => q.id)).forEach((id) => error(`question ${id}`, 'id is used more than once'));
  duplicates(k.variables.map((v) => v.id)).forEach((id) => error(`variable ${id}`, 'id is used more than once'));
  duplicates(k.signatures.map((s) => s.id)).forEach((id) => error(`signature ${id}`, 'id is used more than once'));
  for (const cause of k.causes) {
    duplicates(cause.solutions.map((s) => s.id)).forEach((id) => error(`cause ${cause.id}`, `solution id "${id}" is used more than once`));
  }

  const signatureIds = new Set(k.signatures.map((s) => s.id));
  for (const { where, condition } of conditionsOf(k)) {
    for (const leaf of leavesOf(condition)) checkLeaf(leaf, signatureIds, (message) => error(where, message));
  }

  for (const question of k.questions) {
    const where = `question ${question.id}`;
    if (!isFactName(question.fact)) error(where, `asks for "${question.fact}", which is not a contract fact`);
    else for (const option of question.options ?? []) {
      if (!factShapes[question.fact].safeParse(option.value).success) {
        error(where, `option ${JSON.stringify(option.value)} is not a valid value of ${question.fact}`);
      }
    }
  }

  for (const signature of k.signatures) {
    const where = `signature ${signature.id}`;
    const regex = compile(signature.pattern, signature.flags ?? '', (m) => error(where, m));
    if (regex && !regex.test(signature.example)) error(where, 'does not match its own example');
    if (signature.distinct && regex && !/\((?!\?)/.test(signature.pattern)) error(where, 'sets facts from distinct values but has no capture group');
    for (const [fact, value] of Object.entries(signature.sets ?? {})) {
      if (isFactName(fact) && !factShapes[fact].safeParse(value).success) error(where, `sets ${fact} to an invalid value ${JSON.stringify(value)}`);
    }
  }

  const variableIds = new Set(k.variables.map((v) => v.id));
  for (const { where, template, detailAllowed } of templatesOf(k)) {
    for (const placeholder of placeholdersOf(template)) {
      if (placeholder.kind === 'var' && !variableIds.has(placeholder.name)) error(where, `refers to the unknown variable {{var:${placeholder.name}}}`);
      if (placeholder.kind === 'fact' && !isFactName(placeholder.name)) error(where, `refers to the unknown fact {{fact:${placeholder.name}}}`);
      if (placeholder.kind === 'detail' && !detailAllowed) error(where, 'uses {{detail}}, which only a rule\'s "because" can use');
    }
  }
  for (const cycle of variableCycles(k)) error(`variable ${cycle[0]}`, `refers to itself through ${cycle.join(' → ')}`);
  return problems;
}

function checkLeaf(leaf: Condition, signatureIds: ReadonlySet<string>, report: (message: string) => void): void {
  const shapeOf = (fact: string) => (isFactName(fact) ? factShapes[fact] : undefined);
  switch (leaf.kind) {
    case 'errorMatches':
    case 'errorsDistinct':
      if (!signatureIds.has(leaf.signature)) report(`refers to the unknown error signature "${leaf.signature}"`);
      break;
    case 'factIs':
      if (!shapeOf(leaf.fact)?.safeParse(leaf.value).success) report(`compares ${leaf.fact} with ${JSON.stringify(leaf.value)}, which it can never be`);
      break;
    case 'factIn':
      for (const value of leaf.values) {
        if (!shapeOf(leaf.fact)?.safeParse(value).success) report(`lists ${JSON.stringify(value)} for ${leaf.fact}, which it can never be`);
      }
      break;
    case 'versionAtLeast':
      for (const [line, min] of Object.entries(leaf.lines ?? {})) {
        if (!min.startsWith(`${line}.`)) report(`gives ${min} as the minimum of the ${line} line`);
      }
      break;
    case 'textMatches':
      compile(leaf.pattern, leaf.flags ?? 'i', report);
      break;
    case 'jvmProperty':
      if (leaf.valuePattern !== undefined) compile(leaf.valuePattern, 'i', report);
      break;
    default:
      break;
  }
}

function compile(pattern: string, flags: string, report: (message: string) => void): RegExp | undefined {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    report(`has an invalid regular expression /${pattern}/${flags}: ${(e as Error).message}`);
    return undefined;
  }
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function templatesOf(k: Knowledge): { where: string; template: string; detailAllowed: boolean }[] {
  const found: { where: string; template: string; detailAllowed: boolean }[] = [];
  const add = (where: string, template: string, detailAllowed = false) => found.push({ where, template, detailAllowed });
  for (const cause of k.causes) {
    for (const key of ['confirmedWhen', 'likelyWhen', 'ruledOutWhen'] as const) {
      cause[key].forEach((rule, i) => add(`cause ${cause.id} ${key}[${i}]`, rule.because, true));
    }
    for (const solution of cause.solutions) {
      const where = `cause ${cause.id} solution ${solution.id}`;
      add(where, solution.title);
      solution.steps.forEach((step) => [step.text, ...(step.code ?? [])].forEach((t) => add(where, t)));
      (solution.notes ?? []).forEach((n) => add(where, n));
    }
  }
  for (const question of k.questions) question.help.where.forEach((w) => add(`question ${question.id}`, w.text));
  for (const variable of k.variables) [variable.otherwise, ...variable.cases.map((c) => c.value)].forEach((t) => add(`variable ${variable.id}`, t));
  return found;
}

function variableCycles(k: Knowledge): string[][] {
  const refs = new Map(
    k.variables.map((v) => [
      v.id,
      [v.otherwise, ...v.cases.map((c) => c.value)].flatMap((t) => placeholdersOf(t).flatMap((p) => (p.kind === 'var' ? [p.name] : []))),
    ]),
  );
  const cycles: string[][] = [];
  const walk = (id: string, path: string[]): void => {
    if (path.includes(id)) {
      if (path[0] === id) cycles.push([...path, id]);
      return;
    }
    for (const next of refs.get(id) ?? []) walk(next, [...path, id]);
  };
  for (const id of refs.keys()) walk(id, []);
  return cycles;
}

