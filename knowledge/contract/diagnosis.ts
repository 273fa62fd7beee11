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

/** Who acts, in the words a manager uses. */
export const TEAM_TITLES: Record<Team, string> = {
  'jira-admin': 'Jira administrator',
  'm365-exchange-admin': 'Microsoft 365 / Exchange administrator',
  'azure-admin': 'Azure administrator',
  'network-team': 'Network or firewall team',
  'load-balancer-team': 'Load-balancer team',
  'ldap-team': 'LDAP / Active Directory team',
  'idp-admin': 'Identity-provider administrator',
  'integration-owner': 'Owner of the failing REST client or integration',
};

/** Where a piece of knowledge comes from: an article of shared/sources, or the facts sheet. */
export type Provenance = {
  article: '000' | '001' | '002' | '003' | 'facts';
  section: string;
  /** The published page the item comes from, by its title, where it is not the article itself. */
  title?: string;
  /** The published page's address (Atlassian documentation, Microsoft Learn); the bundled text stays the offline copy. */
  url?: string;
};

/** The titles of the sources that provenance points to. */
export const ARTICLE_TITLES: Record<Provenance['article'], string> = {
  '000': 'Jira Data Center requests intermittently fail with 401 Error',
  '001': 'Jira or Jira Service Management mail handlers cannot be configured using OAuth 2.0 in Data Center',
  '002': 'Cookie-based authentication (Jira REST API)',
  '003': 'OpenID Connect plugin: REST clients & authentication',
  facts: 'jira-doctor reference facts (verified technical detail)',
};

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

/** A cause in play whose fix comes first, and the sentence that says so for this installation. */
export type Prerequisite = { id: CauseId; title: string; note: string };

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
  /**
   * Causes in play whose fix must come first (an upgrade before the scope fix). The list of causes
   * already puts them ahead of this one; wizards and reports show the note with this cause's fix.
   */
  after?: Prerequisite[];
};

export type RuledOutCause = { id: CauseId; title: string; because: string[]; source: Provenance };

export type Diagnosis = {
  causes: DiagnosedCause[];
  ruledOut: RuledOutCause[];
  /** Facts still unknown that could change the result, most decisive first. */
  unknown: FactName[];
  knowledgeVersion: string;
};
