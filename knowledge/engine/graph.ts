import type { AdjacencyMap } from 'xstate/graph';
import { getAdjacencyMap } from 'xstate/graph';
import type { CauseId } from '../contract/causes';
import { symptomOf } from '../contract/causes';
import type { FactName, Facts, FactValue, Symptom } from '../contract/facts';
import type { Cause, Question, Rule } from '../schema';
import { factsOf } from './conditions';
import { walkingEngine, type Engine } from './engine';
import { createWizardMachine } from './machines/wizard';
import type { WizardEvent } from './machines/wizard';
import { factsOf as answeredFacts } from './machines/wizard-logic';
import { answerSpace } from './samples';

/**
 * Walks the real wizard machine with xstate/graph to prove two things about the knowledge: every
 * cause can be reached as confirmed or likely from its symptom with some answers, and every path
 * ends in a diagnosis. Answer events have huge value spaces (versions, dates, free text), so the
 * walk uses a model: for one rule of one cause, the questions whose facts the rule reads (and the
 * questions that open those) get each answer of their answer space plus "I don't know"; every
 * other question gets "I don't know". That keeps each walk small while still driving the machine
 * exactly as the wizard does (same question order, same relevance, same pruning).
 */

type WizardMachine = ReturnType<typeof createWizardMachine>;
type Snapshot = ReturnType<WizardMachine['transition']>;

/** The answers along a path; `null` is "I don't know". */
export type Route = { fact: FactName; value: FactValue | null }[];
export type CauseReach = { cause: CauseId; status: 'confirmed' | 'likely'; route: Route } | { cause: CauseId; status: 'unreachable'; route?: undefined };
export type DeadEnd = { symptom: Symptom; route: Route; reason: string };
export type GraphReport = { causes: CauseReach[]; deadEnds: DeadEnd[]; statesWalked: number };

export type WalkOptions = {
  today: string;
  /** Stop a single walk after this many states (a knowledge mistake must not hang `knowledge check`). */
  limit?: number;
  /** Only these causes (all by default). */
  causes?: readonly CauseId[];
};

const DEFAULT_LIMIT = 20_000;

export function walkKnowledge(knowledgeEngine: Engine, options: WalkOptions): GraphReport {
  const engine = walkingEngine(knowledgeEngine);
  const machine = createWizardMachine(engine, { today: options.today });
  const deadEnds = new Map<string, DeadEnd>();
  let statesWalked = 0;
  const causes: CauseReach[] = [];
  for (const cause of engine.knowledge.causes) {
    if (options.causes && !options.causes.includes(cause.id)) continue;
    let reach: CauseReach = { cause: cause.id, status: 'unreachable' };
    for (const rule of rulesByEase(engine, cause)) {
      const walk = walkModel(engine, machine, symptomOf(cause.id), branchFacts(engine, symptomOf(cause.id), rule), options);
      statesWalked += walk.states;
      walk.deadEnds.forEach((d) => deadEnds.set(`${d.symptom}:${JSON.stringify(d.route)}`, d));
      const found = walk.reached(cause.id);
      if (found) {
        reach = found;
        break;
      }
    }
    causes.push(reach);
  }
  for (const end of triageDeadEnds(engine, machine)) deadEnds.set(`triage:${end.symptom}`, end);
  return { causes, deadEnds: [...deadEnds.values()], statesWalked };
}

/** Started without a symptom, the wizard asks for it; each answer must lead on to that symptom's questions. */
function triageDeadEnds(engine: Engine, machine: WizardMachine): DeadEnd[] {
  const adjacency = getAdjacencyMap(machine, {
    events: (snapshot: Snapshot): WizardEvent[] =>
      snapshot.value === 'start'
        ? [{ type: 'START' }]
        : snapshot.value === 'triage'
          ? engine.knowledge.symptoms.map((s): WizardEvent => ({ type: 'ANSWER', fact: 'symptom', value: s.id, at: 'walk' }))
          : [],
    serializeState: (snapshot: Snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers.map((a) => a.value)]),
  });
  const ends: DeadEnd[] = [];
  for (const { state, transitions } of Object.values(adjacency) as { state: Snapshot; transitions: object }[]) {
    if (state.value !== 'triage') continue;
    const next = Object.values(transitions) as { event: WizardEvent; state: Snapshot }[];
    for (const symptom of engine.knowledge.symptoms) {
      const after = next.find((t) => t.event.type === 'ANSWER' && t.event.value === symptom.id)?.state;
      if (after?.value !== 'question' && after?.value !== 'diagnosis') {
        ends.push({ symptom: symptom.id, route: [], reason: `choosing "${symptom.title}" in triage does not lead on to its questions` });
      }
    }
  }
  return ends;
}

/** The rules that can give a cause confirmed or likely, those reading fewest facts first (cheapest walk). */
function rulesByEase(engine: Engine, cause: Cause): Rule[] {
  const rules = [...cause.confirmedWhen, ...cause.likelyWhen];
  return rules
    .map((rule) => ({ rule, size: branchFacts(engine, symptomOf(cause.id), rule).size }))
    .sort((a, b) => a.size - b.size)
    .map((r) => r.rule);
}

/** The facts a rule reads, plus the facts that decide whether their questions are asked, transitively. */
function branchFacts(engine: Engine, symptom: Symptom, rule: Rule): Set<FactName> {
  const facts = new Set<FactName>();
  const pending = factsOf(rule.when);
  while (pending.length) {
    const fact = pending.pop()!;
    if (facts.has(fact) || fact === 'symptom') continue;
    facts.add(fact);
    for (const question of engine.compiled.questionsByFact.get(fact) ?? []) {
      if (question.symptoms.includes(symptom) && question.askWhen) pending.push(...factsOf(question.askWhen));
    }
  }
  return facts;
}

function walkModel(engine: Engine, machine: WizardMachine, symptom: Symptom, branch: ReadonlySet<FactName>, options: WalkOptions) {
  const questionOf = (snapshot: Snapshot): Question | undefined =>
    snapshot.context.current ? engine.compiled.questionsById.get(snapshot.context.current) : undefined;
  const events = (snapshot: Snapshot): WizardEvent[] => {
    if (snapshot.value === 'start') return [{ type: 'START', symptom }];
    const question = questionOf(snapshot);
    if (snapshot.value !== 'question' || !question) return [];
    const fact = question.fact as FactName;
    const dontKnow: WizardEvent = { type: 'DONT_KNOW', fact };
    if (!branch.has(fact)) return [dontKnow];
    return [...answerSpace(engine.knowledge, question, options.today).map((value): WizardEvent => ({ type: 'ANSWER', fact, value, at: 'walk' })), dontKnow];
  };
  const serializeState = (snapshot: Snapshot) => JSON.stringify([snapshot.value, factsKey(answeredFacts(snapshot.context)), [...snapshot.context.unknown].sort()]);

  const adjacency: AdjacencyMap<Snapshot, WizardEvent> = getAdjacencyMap(machine, {
    events,
    serializeState,
    serializeEvent: (event) => JSON.stringify(event),
    limit: options.limit ?? DEFAULT_LIMIT,
  });

  // Routes by breadth-first search over the adjacency map: the shortest answers to each state.
  type Edge = { event: WizardEvent; state: Snapshot };
  const edges = (transitions: object) => Object.values(transitions) as Edge[];
  const vertices = Object.entries(adjacency) as [string, { state: Snapshot; transitions: object }][];
  const start = Object.keys(adjacency)[0]!;
  const routes = new Map<string, Route>([[start, []]]);
  const queue = [start];
  while (queue.length) {
    const key = queue.shift()!;
    for (const { event, state } of edges(adjacency[key as keyof typeof adjacency]!.transitions)) {
      const next = serializeState(state);
      if (routes.has(next)) continue;
      const step = event.type === 'ANSWER' ? [{ fact: event.fact, value: event.value }] : event.type === 'DONT_KNOW' ? [{ fact: event.fact, value: null }] : [];
      routes.set(next, [...routes.get(key)!, ...step]);
      queue.push(next);
    }
  }

  const deadEnds: DeadEnd[] = [];
  for (const [key, { state, transitions }] of vertices) {
    if (state.value === 'diagnosis') continue;
    const route = routes.get(key) ?? [];
    const moves = edges(transitions).filter((t) => serializeState(t.state) !== key);
    const question = questionOf(state);
    if (state.value === 'question' && !question) deadEnds.push({ symptom, route, reason: 'the question view has no question to show' });
    else if (state.value === 'triage') deadEnds.push({ symptom, route, reason: 'the wizard asks for the symptom again although it was given' });
    else if (!moves.length) deadEnds.push({ symptom, route, reason: `no answer to "${question?.id ?? String(state.value)}" moves the wizard on` });
    else if (moves.length < Object.keys(transitions).length) deadEnds.push({ symptom, route, reason: `an answer to "${question?.id}" asks the same question again` });
  }

  return {
    states: Object.keys(adjacency).length,
    deadEnds,
    reached(cause: CauseId): CauseReach | undefined {
      let best: CauseReach | undefined;
      for (const [key, { state }] of vertices) {
        if (state.value !== 'diagnosis') continue;
        const status = engine.diagnose(answeredFacts(state.context), { today: options.today }).causes.find((c) => c.id === cause)?.status;
        if (status !== 'confirmed' && status !== 'likely') continue;
        const route = routes.get(key) ?? [];
        if (!best || (status === 'confirmed' && best.status !== 'confirmed') || (status === best.status && route.length < best.route.length)) {
          best = { cause, status, route };
        }
      }
      return best;
    },
  };
}

function factsKey(facts: Facts): string {
  return JSON.stringify(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The route as facts, for driving the wizard or `diagnose` (answers only; "I don't know" leaves a fact out). */
export function routeFacts(symptom: Symptom, route: Route): Facts {
  const facts: Record<string, FactValue> = { symptom };
  for (const step of route) if (step.value !== null) facts[step.fact] = step.value;
  return facts;
}
