import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import type { CheckId, CheckReport, Evidence } from '../../knowledge/contract/checks';
import { factsSchema, gathered, type Facts } from '../../knowledge/contract/facts';
import { CredentialGuard, EvidenceRecorder, type CheckContext, type CheckDefinition } from './check';
import { ALL_CHECKS } from './all-checks';
import { HttpClient, cancelledProblem } from './http';
import { Masker } from '../text/mask';
import type { ProxyRoute } from './net';
import type { SignInOutcome } from './oauth-sign-in';
import { CheckFailure, type Problem } from './problems';
import type { CheckSecrets, CheckSettings } from './settings';
import type { Language } from '../../knowledge/core';
import { COMMAND_LINES, wordedDeep, type Wording } from './wording';
import { checkLanguage, checkWords, inLanguage } from './words';

export type ProgressEvent =
  | { type: 'started'; check: CheckId; title: string; at: string }
  | { type: 'progress'; check: CheckId; message: string }
  | { type: 'finished'; check: CheckId; evidence: Evidence };

export type RunOptions = {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** The checks to choose from; tests pass their own. */
  definitions?: readonly CheckDefinition[];
  /** The sign-in Jira does, done before the run (its token is in the secrets, never here). */
  signIn?: SignInOutcome;
  /** How messages name the settings: the command line's options (default) or the window's fields. */
  words?: Wording;
  /** The language of the checks' own words (by default the caller's, else English); see words.ts. */
  language?: Language;
};

/**
 * Runs the checks in parallel, each within its own time limit and all within the deadline, and
 * returns every result: a check that fails is a result with its problem, never an exception.
 * Cancelling `signal` ends the run at once; unfinished checks are reported as cancelled.
 */
export function runChecks(settings: CheckSettings, secrets: CheckSecrets, options: RunOptions = {}): Promise<CheckReport> {
  const language = options.language ?? checkLanguage();
  return inLanguage(language, () => runInLanguage(settings, secrets, { ...options, language }));
}

async function runInLanguage(settings: CheckSettings, secrets: CheckSecrets, options: RunOptions): Promise<CheckReport> {
  const startedAt = new Date().toISOString();
  const definitions = options.definitions ?? ALL_CHECKS;
  const selected = settings.checks ? definitions.filter((d) => settings.checks!.includes(d.id)) : definitions;
  const masker = new Masker(Object.values(secrets), [
    [settings.username, secrets.password],
    [settings.proxy?.username, secrets.proxyPassword],
  ]);
  const words = options.words ?? COMMAND_LINES[checkLanguage()];
  const emit = (event: ProgressEvent) => options.onProgress?.(wordedDeep(masker.deep(event), words));

  const deadline = new AbortController();
  const deadlineTimer = setTimeout(() => deadline.abort(timeoutReason(settings.deadlineMs, true)), settings.deadlineMs);
  const runSignal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;

  const transport = await prepareTransport(settings, secrets);
  const http = new HttpClient({ timeoutMs: settings.timeoutMs, insecure: settings.insecure, ...transport.http }, masker);
  const credentials = new CredentialGuard(authorization(settings, secrets));
  try {
    const evidence = await Promise.all(
      selected.map((definition) =>
        runOne(definition, {
          settings,
          secrets,
          http,
          masker,
          tls: { insecure: settings.insecure, ...(transport.http.ca ? { ca: transport.http.ca } : {}) },
          ...(transport.proxy ? { proxy: transport.proxy } : {}),
          credentials,
          ...(options.signIn ? { signIn: options.signIn } : {}),
          runSignal,
          emit,
          setupProblem: transport.problem,
        }),
      ),
    );
    const report: CheckReport = { facts: collectFacts(evidence), evidence, startedAt, finishedAt: new Date().toISOString() };
    return wordedDeep(masker.deep(report), words);
  } finally {
    clearTimeout(deadlineTimer);
    await http.close();
  }
}

type RunOneInput = Omit<CheckContext, 'signal' | 'evidence' | 'progress'> & {
  runSignal: AbortSignal;
  emit: (event: ProgressEvent) => void;
  setupProblem: Problem | undefined;
};

async function runOne(definition: CheckDefinition, input: RunOneInput): Promise<Evidence> {
  const { runSignal, emit, setupProblem, ...shared } = input;
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const recorder = new EvidenceRecorder(definition.id);
  const finish = (outcome: Evidence['outcome'], problem?: Problem): Evidence => {
    if (shared.settings.insecure && recorder.exchanges.length) recorder.note(checkWords().insecureNote);
    const evidence = recorder.finish({ title: checkWords().title(definition.id, definition.title), startedAt, durationMs: Math.round(performance.now() - started), outcome, ...(problem ? { problem } : {}) });
    emit({ type: 'finished', check: definition.id, evidence });
    return evidence;
  };

  const unavailable = definition.unavailable(shared.settings);
  if (unavailable) return finish('skipped', { code: 'not-applicable', ...checkWords().run.notRun(unavailable) });
  emit({ type: 'started', check: definition.id, title: checkWords().title(definition.id, definition.title), at: startedAt });
  if (setupProblem) return finish('failed', setupProblem);
  if (runSignal.aborted) return finish('cancelled', cancelledProblem(runSignal));

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(timeoutReason(shared.settings.timeoutMs, false)), shared.settings.timeoutMs);
  const signal = AbortSignal.any([runSignal, timeout.signal]);
  const ctx: CheckContext = { ...shared, signal, evidence: recorder, progress: (message) => emit({ type: 'progress', check: definition.id, message }) };
  try {
    // A check that ignores its signal still cannot hold the run: the race ends with the signal.
    await Promise.race([definition.run(ctx), aborted(signal)]);
    return finish('ok');
  } catch (error: unknown) {
    if (signal.aborted) {
      const problem = cancelledProblem(signal);
      return finish(problem.code === 'cancelled' ? 'cancelled' : 'failed', problem);
    }
    if (error instanceof CheckFailure) return finish('failed', error.problem);
    const message = error instanceof Error ? error.message : String(error);
    return finish('failed', { code: 'other', ...checkWords().run.unexpected(message) });
  } finally {
    clearTimeout(timer);
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

function timeoutReason(ms: number, wholeRun: boolean): Error {
  const error = new Error(checkWords().run.limit(formatSeconds(ms), wholeRun));
  error.name = 'TimeoutError';
  return error;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * The facts of all checks; when two checks establish the same fact, the earlier check wins, except
 * `errors`, which gathers every check's errors (each is evidence in its own right).
 */
function collectFacts(evidence: Evidence[]): Facts {
  const facts: Record<string, unknown> = {};
  let errors: string[] = [];
  for (const e of evidence) {
    for (const c of e.concluded) {
      if (c.fact === 'errors') errors = gathered(errors, c.value as string[]);
      else if (!(c.fact in facts)) facts[c.fact] = c.value;
    }
  }
  if (errors.length) facts.errors = errors;
  return factsSchema.parse(facts);
}

export function authorization(settings: CheckSettings, secrets: CheckSecrets): string | undefined {
  if (settings.auth === 'basic' && settings.username && secrets.password !== undefined) {
    return `Basic ${Buffer.from(`${settings.username}:${secrets.password}`).toString('base64')}`;
  }
  if (settings.auth === 'pat' && secrets.token !== undefined) return `Bearer ${secrets.token}`;
  return undefined;
}

export async function prepareTransport(
  settings: CheckSettings,
  secrets: CheckSecrets,
): Promise<{ http: { ca?: string[]; proxy?: { url: string; authorization?: string } }; proxy?: ProxyRoute; problem?: Problem }> {
  const proxyAuth =
    settings.proxy?.username !== undefined ? `Basic ${Buffer.from(`${settings.proxy.username}:${secrets.proxyPassword ?? ''}`).toString('base64')}` : undefined;
  const proxy = settings.proxy ? { url: settings.proxy.url, ...(proxyAuth ? { authorization: proxyAuth } : {}) } : undefined;
  const proxyUrl = proxy ? new URL(proxy.url) : undefined;
  const proxyRoute: ProxyRoute | undefined = proxyUrl
    ? { host: proxyUrl.hostname, port: Number(proxyUrl.port || (proxyUrl.protocol === 'https:' ? 443 : 80)), ...(proxyAuth ? { authorization: proxyAuth } : {}) }
    : undefined;
  let ca: string[] | undefined;
  let problem: Problem | undefined;
  if (settings.caFile) {
    try {
      const pem = await readFile(settings.caFile, 'utf8');
      // The extra CA comes on top of the public ones, as the admin expects, not instead of them.
      ca = [...rootCertificates, pem];
      if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
        problem = { code: 'other', ...checkWords().run.caNoPem(settings.caFile) };
      }
    } catch (error: unknown) {
      problem = { code: 'other', ...checkWords().run.caUnreadable(settings.caFile, (error as NodeJS.ErrnoException).code ?? 'error') };
    }
  }
  return { http: { ...(ca ? { ca } : {}), ...(proxy ? { proxy } : {}) }, ...(proxyRoute ? { proxy: proxyRoute } : {}), ...(problem ? { problem } : {}) };
}
