/**
 * The brain's public face: the only module other layers import. The knowledge (articles as
 * data, validated by the build and the tests) and the engine bound to it, the wizard machine, and the contract types.
 */
import { engine } from './core';
import { createWizardMachine } from './engine/machines/wizard';
import { wizardSelectors } from './engine/machines/selectors';

export * from './core';
export { createWizardMachine } from './engine/machines/wizard';
export type { WizardContext, WizardEvent, WizardView, WizardMeta, WizardMachine, WizardOptions } from './engine/machines/wizard';
export { wizardSelectors } from './engine/machines/selectors';
export type { PathStep, WizardSnapshotLike } from './engine/machines/selectors';

/** The wizard machine for the knowledge base above. */
export const wizardMachine = createWizardMachine(engine);
/** Selectors over wizard snapshots and contexts, bound to the knowledge base above. */
export const { selectFacts, selectDiagnosis, selectStatuses, selectCurrentQuestion, selectPath, selectView, selectQuestionsLeft } = wizardSelectors(engine);
export { checksMachine, factsFoundEvents } from './engine/machines/checks';
export type { ChecksContext, ChecksEvent, ConnectionSettings, RunChecksInput, RunnerEvent } from './engine/machines/checks';
export { persistenceMachine } from './engine/machines/persistence';
export type { PersistenceContext, PersistenceEvent } from './engine/machines/persistence';

