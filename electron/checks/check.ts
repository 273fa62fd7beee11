import { CHECKS, type CheckId, type Conclusion, type Evidence, type Exchange } from '../../knowledge/contract/checks';
import { factShapes, type FactName, type FactValue } from '../../knowledge/contract/facts';
import type { HttpClient } from './http';
import type { Masker } from '../text/mask';
import type { ProxyRoute, TlsSettings } from './net';
import type { Problem } from './problems';
import type { SignInOutcome } from './oauth-sign-in';
import type { CheckSecrets, CheckSettings } from './settings';
import { checkWords } from './words';

/** What a check gets to work with; everything it learns goes into `evidence`. */
export type CheckContext = {
  settings: CheckSettings;
  secrets: CheckSecrets;
  http: HttpClient;
  masker: Masker;
  tls: TlsSettings;
  proxy?: ProxyRoute;
  signal: AbortSignal;
  evidence: EvidenceRecorder;
  credentials: CredentialGuard;
  /** The sign-in before the run (authorization code or device code), reported by the mail-sign-in check. */
  signIn?: SignInOutcome;
  /** A short live message ("sample 3 of 10") for the UI and the command line. */
  progress(message: string): void;
};

export type CheckDefinition = {
  id: CheckId;
  title: string;
  /** Why the check cannot run with these settings (what to give it), or undefined when it can. */
  unavailable(settings: CheckSettings): string | undefined;
  run(ctx: CheckContext): Promise<void>;
};

/** Collects one check's exchanges, conclusions, notes and tallies. */
export class EvidenceRecorder {
  readonly exchanges: Exchange[] = [];
  readonly concluded: Conclusion[] = [];
  readonly notes: string[] = [];
  readonly tallies: { label: string; counts: Record<string, number> }[] = [];

  constructor(readonly check: CheckId) {}

  readonly record = (exchange: Exchange): void => {
    this.exchanges.push(exchange);
  };

  /** Records a fact this check established; only facts the contract gives this check are allowed. */
  conclude<K extends FactName>(fact: K, value: FactValue<K>, why: string): void {
    if (!(CHECKS[this.check] as readonly FactName[]).includes(fact)) {
      throw new Error(`check ${this.check} may not set fact ${fact}`);
    }
    factShapes[fact].parse(value);
    const existing = this.concluded.findIndex((c) => c.fact === fact);
    const conclusion = { fact, value, why };
    if (existing >= 0) this.concluded[existing] = conclusion;
    else this.concluded.push(conclusion);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  tally(label: string, counts: Record<string, number>): void {
    this.tallies.push({ label, counts });
  }

  finish(meta: { title: string; startedAt: string; durationMs: number; outcome: Evidence['outcome']; problem?: Problem }): Evidence {
    return {
      check: this.check,
      title: meta.title,
      startedAt: meta.startedAt,
      durationMs: meta.durationMs,
      outcome: meta.outcome,
      exchanges: this.exchanges,
      concluded: this.concluded,
      ...(meta.problem ? { problem: meta.problem } : {}),
      notes: this.notes,
      ...(this.tallies.length ? { tallies: this.tallies } : {}),
    };
  }
}

/**
 * Shared by every check in a run, so that a password Jira rejects is never tried again: each failed
 * login counts toward Jira's CAPTCHA (default after 3). Until one authenticated request has
 * succeeded, authenticated requests go one at a time; after a rejection before any success, or a
 * CAPTCHA answer, or `maxFailures` rejections in all, no more credentials are sent in this run.
 */
export class CredentialGuard {
  private state: 'unknown' | 'good' | 'bad' = 'unknown';
  private failures = 0;
  private stopReason?: Problem;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly authorization: string | undefined,
    readonly maxFailures = 2,
  ) {}

  get proven(): boolean {
    return this.state === 'good';
  }

  /** Why authenticated requests stopped, or undefined while they may go on. */
  get stopped(): Problem | undefined {
    return this.stopReason;
  }

  /**
   * Runs one authenticated attempt. `attempt` sends it and says whether Jira rejected it. Returns
   * undefined without sending when credentials may not be sent any more.
   */
  async attempt<T>(send: () => Promise<T>, verdict: (result: T) => { rejected: boolean; captcha: boolean }): Promise<T | undefined> {
    if (this.stopReason) return undefined;
    if (this.state === 'good') return this.judge(await send(), verdict);
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((r) => (release = r));
    await previous;
    try {
      if (this.stopReason) return undefined;
      return this.judge(await send(), verdict);
    } finally {
      release();
    }
  }

  private judge<T>(result: T, verdict: (result: T) => { rejected: boolean; captcha: boolean }): T {
    const { rejected, captcha } = verdict(result);
    if (captcha) {
      this.state = 'bad';
      this.stopReason = { code: 'unauthorized', ...checkWords().guard.captcha };
    } else if (rejected) {
      this.failures++;
      if (this.state === 'unknown') {
        this.state = 'bad';
        this.stopReason = { code: 'unauthorized', ...checkWords().guard.rejectedFirst };
      } else if (this.failures >= this.maxFailures) {
        this.stopReason = { code: 'unauthorized', ...checkWords().guard.rejectedMany(this.failures) };
      }
    } else if (this.state !== 'bad') {
      this.state = 'good';
    }
    return result;
  }
}
