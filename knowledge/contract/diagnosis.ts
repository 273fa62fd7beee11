import { engineWording } from '../engine/wording';
import type { Language } from '../i18n/translations';
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

/** Who acts, in the words a manager uses (English; `teamTitle` gives any language). */
export const TEAM_TITLES: Record<Team, string> = engineWording('en').teams;

/** Who acts, in the reader's language. */
export function teamTitle(team: Team, language: Language = 'en'): string {
  return engineWording(language).teams[team];
}

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
  '003': 'OpenID Connect for Jira: REST clients & authentication',
  facts: 'jira-doctor reference facts (verified technical detail)',
};

/** The published pages of the articles (the bundled copies in knowledge/sources stay the offline text). */
export const ARTICLE_URLS: Record<Exclude<Provenance['article'], 'facts'>, string> = {
  '000': 'https://support.atlassian.com/jira/kb/jira-data-center-requests-intermittently-fail-with-401-error/',
  '001': 'https://confluence.atlassian.com/jirakb/jira-mail-handlers-or-service-management-mail-handlers-cannot-be-configured-using-oauth-2-0-the-authorization-or-connection-test-fails-1095250181.html',
  '002': 'https://developer.atlassian.com/server/jira/platform/cookie-based-authentication/',
  '003': 'https://codecentric.atlassian.net/wiki/spaces/ESWK/pages/1421082657',
};

/** The reference notes' sections by their headings, so a citation never shows a bare "§4.2". */
export const FACTS_SECTION_TITLES: Readonly<Record<string, string>> = engineWording('en').factsSections;

/** A source as a reader sees it: the page's title, the section in it, and its address where published. */
export type Citation = { title: string; section?: string; url?: string };

export function citationOf(source: Provenance, language: Language = 'en'): Citation {
  if (source.title) return { title: source.title, ...(source.url ? { url: source.url } : {}) };
  if (source.article === 'facts') {
    const words = engineWording(language);
    const heading = words.factsSections[source.section] ?? words.factsSections[source.section.replace(/\.\d+$/, '')];
    return { title: words.referenceNotes, ...(heading ? { section: heading } : {}) };
  }
  return { title: ARTICLE_TITLES[source.article], section: source.section, url: source.url ?? ARTICLE_URLS[source.article] };
}

/** One line: “Title”, section “Section” (https://…). */
export function citationText(source: Provenance, language: Language = 'en'): string {
  const c = citationOf(source, language);
  return engineWording(language).citation(c.title, c.section, c.url);
}

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
