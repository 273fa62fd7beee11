import { createActor } from 'xstate';
import type { FactName, Facts } from '../../knowledge/contract/facts';
import { engine } from '../../knowledge/index';
import { createWizardMachine } from '../../knowledge/engine/machines/wizard';
import { wizardSelectors } from '../../knowledge/engine/machines/selectors';
import type { Scenario } from './scenarios';

export type Walk = {
  /** Questions asked, in order (facts). */
  asked: FactName[];
  /** Questions asked before the diagnosis gave the scenario's cause its status (-1: never). */
  foundAfter: number;
};

const today = '2026-11-23';
const machine = createWizardMachine(engine, { today });
const { selectCurrentQuestion, selectDiagnosis, selectView } = wizardSelectors(engine);

/**
 * The wizard walked as the admin of a scenario would: its facts answer the questions that ask for
 * them, "I don't know" answers every other one, until the wizard has nothing left to ask.
 */
export function walkScenario(scenario: Scenario): Walk {
  const facts = scenario.facts as Facts;
  const actor = createActor(machine).start();
  actor.send({ type: 'START', symptom: facts.symptom });
  const asked: FactName[] = [];
  let foundAfter = -1;
  const statusNow = () => {
    const d = selectDiagnosis(actor.getSnapshot().context);
    return d.causes.find((c) => c.id === scenario.cause)?.status ?? (d.ruledOut.some((c) => c.id === scenario.cause) ? 'ruled-out' : undefined);
  };
  for (let step = 0; step < 100 && selectView(actor.getSnapshot()) === 'question'; step++) {
    if (foundAfter === -1 && statusNow() === scenario.status) foundAfter = asked.length;
    const fact = selectCurrentQuestion(actor.getSnapshot())!.fact as FactName;
    asked.push(fact);
    const value = facts[fact];
    actor.send(value === undefined ? { type: 'DONT_KNOW', fact } : { type: 'ANSWER', fact, value });
  }
  if (foundAfter === -1 && statusNow() === scenario.status) foundAfter = asked.length;
  actor.stop();
  return { asked, foundAfter };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
