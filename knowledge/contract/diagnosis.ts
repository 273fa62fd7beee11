import type { CauseId } from './causes';
import type { FactName } from './facts';

/** Status of a cause, strongest first. */
export const STATUSES = ['confirmed', 'likely', 'possible', 'ruled-out'] as const;
export type Status = (typeof STATUSES)[number];

export const TEAMS = [
  'jira-admin',
  'm365-exchange-admin',
  'azure-admin',
  'network-team',
  'load-balancer-team',
  'ldap-team',
  'idp-admin',
  'integration-owner',
] as const;
export type Team = (typeof TEAMS)[number];

/** Where a piece of knowledge comes from: an article of shared/sources, or the facts sheet. */
export type Provenance = { article: '000' | '001' | '002' | '003' | 'facts'; section: string };

/** One step of a solution, rendered for this installation. `code` holds exact strings to copy. */
export type RenderedStep = { text: string; code?: string[] };

export type RenderedSolution = {
  id: string;
  title: string;
  team: Team;
  steps: RenderedStep[];
  /** Where the articles are imprecise and the facts sheet corrects them, said plainly. */
  notes: string[];
  source: Provenance;
};

export type DiagnosedCause = {
  id: CauseId;
  status: Exclude<Status, 'ruled-out'>;
  title: string;
  because: string[];
  /** The fix as one readable text (contract field). */
  solution: string;
  /** The same fix, structured by team, for the wizard and the reports. */
  solutions: RenderedSolution[];
  /** Facts that would settle this cause, still unknown. */
  unknown: FactName[];
  source: Provenance;
  score: number;
};

export type RuledOutCause = { id: CauseId; title: string; because: string[]; source: Provenance };

export type Diagnosis = {
  causes: DiagnosedCause[];
  ruledOut: RuledOutCause[];
  /** Facts still unknown that could change the result, most decisive first. */
  unknown: FactName[];
  knowledgeVersion: string;
};
