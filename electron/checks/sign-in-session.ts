import { HttpClient } from './http';
import { deviceCodeSignIn, finishAuthorizationCode, loopbackReceiver, readRedirect, startAuthorizationCode, type DevicePrompt, type PendingSignIn, type SignInConfig, type SignInOutcome } from './oauth-sign-in';
import type { Problem } from './problems';
import { prepareTransport } from './runner';
import type { CheckSecrets, CheckSettings } from './settings';
import { Masker } from '../text/mask';
import type { Language } from '../../knowledge/core';
import { checkLanguage, checkWords, inLanguage } from './words';

/**
 * One sign-in the way Jira does it, for every front end: the command line (electron/cli/mail-sign-in.ts)
 * and the wizard (electron/services/sign-ins.ts) start it here and differ only in how they show the
 * address or code and how the pasted address reaches `paste`. The token stays in this closure and
 * in the result; nothing here writes anything anywhere.
 */

export type SignInMode = 'browser' | 'paste' | 'device';
export const SIGN_IN_MODES = ['browser', 'paste', 'device'] as const satisfies readonly SignInMode[];

/** How long the admin has to finish signing in. */
export const SIGN_IN_LIMIT_MS = 5 * 60_000;

/** What the admin is shown to sign in: the address to open (browser, paste), or Microsoft's code (device). */
export type SignInPrompt = { mode: 'browser' | 'paste'; authorizeUrl: string; redirectUri: string } | { mode: 'device'; device: DevicePrompt };

export type SignInResult = { outcome: SignInOutcome; token?: string };

export type SignInSession = {
  /** Absent when the sign-in ended before there was anything to show (Microsoft refused a device code, a CA file cannot be read): `result` says why. */
  prompt?: SignInPrompt;
  /**
   * The address the browser ended on (paste mode; the loopback receiver does it in browser mode).
   * An address that holds no result of this sign-in is refused with what to do, and the sign-in
   * keeps waiting for a better one.
   */
  paste(address: string): { ok: true } | { ok: false; problem: Problem };
  /** Settles once: signed in, refused by Microsoft, cancelled, or out of time; never rejects. */
  result: Promise<SignInResult>;
  cancel(reason?: string): void;
};

/**
 * Starts the sign-in: returns once there is something to show (the address to open, or the device
 * code). `signal` cancels it; it also ends by itself after `limitMs`. Its problems are in `language` (by
 * default the caller's, as the checks' words are: words.ts), also for an address pasted later.
 */
export function beginSignIn(
  settings: CheckSettings,
  secrets: CheckSecrets,
  mode: SignInMode,
  signal: AbortSignal,
  { limitMs = SIGN_IN_LIMIT_MS, language = checkLanguage() }: { limitMs?: number; language?: Language } = {},
): Promise<SignInSession> {
  return inLanguage(language, async () => {
    const session = await begin(settings, secrets, mode, signal, limitMs);
    return { ...session, paste: (address: string) => inLanguage(language, () => session.paste(address)) };
  });
}

async function begin(settings: CheckSettings, secrets: CheckSecrets, mode: SignInMode, signal: AbortSignal, limitMs: number): Promise<SignInSession> {
  const config = settings.signIn;
  if (!config) throw new Error('beginSignIn needs the sign-in settings');
  if (mode === 'paste' && !config.redirectUri) throw new Error('a pasted sign-in needs Jira\'s Redirect URL');
  const cancel = new AbortController();
  const limit = AbortSignal.any([signal, cancel.signal, AbortSignal.timeout(limitMs)]);
  const transport = await prepareTransport(settings, secrets);
  if (transport.problem) return settled({ flow: mode === 'device' ? 'device-code' : 'authorization-code', errors: [], exchanges: [], notes: [], config: outcomeConfig(config), problem: transport.problem });
  const http = new HttpClient({ timeoutMs: settings.timeoutMs, insecure: settings.insecure, ...transport.http }, new Masker(Object.values(secrets)));
  const deps = { http, signal: limit, cloud: settings.azure?.cloud ?? 'worldwide', ...(secrets.azureClientSecret !== undefined ? { clientSecret: secrets.azureClientSecret } : {}) };
  const ended = (result: Promise<SignInResult>): Promise<SignInResult> =>
    result.catch((error: unknown) => ({ outcome: interrupted(error, config, mode, limit, signal) })).finally(() => http.close());

  if (mode === 'device') {
    let shown!: (prompt: DevicePrompt) => void;
    const prompted = new Promise<DevicePrompt>((resolve) => (shown = resolve));
    const result = ended(deviceCodeSignIn(config, { ...deps, show: shown }));
    // The device endpoint may refuse before any code is shown: then the result is all there is.
    const first = await Promise.race([prompted, result]);
    return {
      ...('outcome' in first ? {} : { prompt: { mode: 'device' as const, device: first } }),
      paste: () => ({ ok: false, problem: { code: 'other', ...checkWords().signIn.deviceTakesNoAddress } }),
      result,
      cancel: (reason) => cancel.abort(new Error(reason ?? 'cancelled')),
    };
  }

  const receiver = mode === 'browser' ? await loopbackReceiver() : undefined;
  const pending: PendingSignIn = startAuthorizationCode(config, receiver?.redirectUri ?? config.redirectUri!);
  let deliver!: (address: string) => void;
  const pasted = new Promise<string>((resolve) => (deliver = resolve));
  const address = receiver ? receiver.address : pasted;
  const result = ended(
    raceAbort(address, limit)
      .then((at) => finishAuthorizationCode(config, pending, readRedirect(at, pending), deps))
      .finally(() => receiver?.close()),
  );
  return {
    prompt: { mode, authorizeUrl: pending.authorizeUrl, redirectUri: pending.redirectUri },
    paste(text) {
      const read = readRedirect(text, pending);
      if ('problem' in read) return { ok: false, problem: read.problem };
      deliver(text);
      return { ok: true };
    },
    result,
    cancel: (reason) => cancel.abort(new Error(reason ?? 'cancelled')),
  };
}

function outcomeConfig(config: SignInConfig): SignInOutcome['config'] {
  return { authorizeEndpoint: config.authorizeEndpoint, tokenEndpoint: config.tokenEndpoint, scopes: config.scopes };
}

/** A sign-in that could not start (an unreadable CA file): nothing to show, the outcome says why. */
function settled(outcome: SignInOutcome): SignInSession {
  return {
    paste: () => ({ ok: false, problem: outcome.problem! }),
    result: Promise.resolve({ outcome }),
    cancel: () => undefined,
  };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      const stop = () => reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled'));
      if (signal.aborted) stop();
      signal.addEventListener('abort', stop, { once: true });
    }),
  ]);
}

/** A sign-in that ran out of time, was cancelled or broke is a result of the sign-in check, not a crash. */
function interrupted(error: unknown, config: SignInConfig, mode: SignInMode, limit: AbortSignal, outer: AbortSignal): SignInOutcome {
  const timedOut = limit.aborted && !outer.aborted && (limit.reason as Error | undefined)?.name === 'TimeoutError';
  const unexpected = !limit.aborted;
  const w = checkWords().signIn;
  return {
    flow: mode === 'device' ? 'device-code' : 'authorization-code',
    errors: [],
    exchanges: [],
    notes: [],
    config: outcomeConfig(config),
    problem: unexpected
      ? { code: 'other', ...w.unexpected(error instanceof Error ? error.message : String(error)) }
      : timedOut
        ? { code: 'timeout', ...w.timedOut(mode === 'browser') }
        : { code: 'cancelled', ...w.cancelled },
  };
}
