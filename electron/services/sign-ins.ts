import { randomUUID } from 'node:crypto';
import type { SignInOutcome } from '../checks/oauth-sign-in';
import type { SignInView } from '../api/contract';
import type { CheckSecrets, CheckSettings } from '../checks/settings';
import type { SignInMode, SignInSession } from '../checks/sign-in-session';
import { maskSecrets } from '../text/mask';
import { ServiceError } from './errors';
import { serviceWords } from './words';

/** A token is worth keeping for a run while Microsoft's access tokens live (about an hour); a little less, to be safe. */
const KEEP_TOKEN_MS = 50 * 60_000;

type Entry = { session: SignInSession; view: SignInView; result?: { outcome: SignInOutcome; token?: string }; expires?: NodeJS.Timeout };

/**
 * The wizard's sign-ins (the same `beginSignIn` as `check --mail-sign-in`): started with Jira's
 * OAuth 2.0 settings, finished by the loopback redirect, a pasted address or a device code, and
 * handed to one check run. Tokens live in this process's memory only, and are forgotten when they
 * would expire, when the admin signs in again, or when the app closes.
 */
export class SignIns {
  private readonly entries = new Map<string, Entry>();
  private readonly closing = new AbortController();

  async start(settings: CheckSettings, secrets: CheckSecrets, mode: SignInMode): Promise<SignInView> {
    const words = serviceWords();
    if (!settings.signIn) throw new ServiceError('bad-request', words.signInNeedsSettings, [{ field: 'signIn', message: words.signInSettingsRequired }]);
    if (mode === 'paste' && !settings.signIn.redirectUri) {
      throw new ServiceError('bad-request', words.pasteNeedsRedirect, [{ field: 'signIn.redirectUri', message: words.pasteRedirectRequired }]);
    }
    // One sign-in at a time: a new one replaces the last, whose token is dropped.
    this.forgetAll();
    // Loaded on first use, as the checks are: the HTTP client would otherwise slow every start.
    const { beginSignIn } = await import('../checks/sign-in-session');
    const session = await beginSignIn(settings, secrets, mode, this.closing.signal);
    const signInId = randomUUID();
    const view: SignInView = { signInId, state: 'waiting', ...(session.prompt ? { prompt: session.prompt } : {}), errors: [] };
    const entry: Entry = { session, view };
    this.entries.set(signInId, entry);
    void session.result.then((result) => {
      if (this.entries.get(signInId) !== entry) return;
      entry.result = result;
      const { outcome, token } = result;
      entry.view = {
        signInId,
        state: token !== undefined ? 'signed-in' : 'failed',
        ...(entry.view.prompt ? { prompt: entry.view.prompt } : {}),
        ...(outcome.account ? { account: outcome.account } : {}),
        errors: outcome.errors.map(maskSecrets),
        ...(outcome.problem ? { problem: { ...outcome.problem, message: maskSecrets(outcome.problem.message), advice: maskSecrets(outcome.problem.advice) } } : {}),
      };
      entry.expires = setTimeout(() => this.forget(signInId), KEEP_TOKEN_MS);
      entry.expires.unref();
    });
    return this.status(signInId);
  }

  paste(signInId: string, address: string): SignInView {
    const entry = this.get(signInId);
    if (entry.view.state !== 'waiting') return entry.view;
    const accepted = entry.session.paste(address);
    if (!accepted.ok) throw new ServiceError('bad-request', `${accepted.problem.message} ${accepted.problem.advice}`, [{ field: 'address', message: accepted.problem.message }]);
    return entry.view;
  }

  status(signInId: string): SignInView {
    return this.get(signInId).view;
  }

  cancel(signInId: string): SignInView {
    const entry = this.get(signInId);
    entry.session.cancel('cancelled by the admin');
    return entry.view;
  }

  /** The finished sign-in for a check run: its outcome for the evidence, its token for the mail check. */
  take(signInId: string): { outcome: SignInOutcome; token?: string } {
    const entry = this.get(signInId);
    if (!entry.result) throw new ServiceError('bad-request', serviceWords().signInNotFinished);
    return entry.result;
  }

  /** The app is closing: every sign-in ends and every token is dropped. */
  close(): void {
    this.closing.abort(new Error('the app is closing'));
    this.forgetAll();
  }

  private forgetAll(): void {
    for (const id of [...this.entries.keys()]) this.forget(id);
  }

  private forget(signInId: string): void {
    const entry = this.entries.get(signInId);
    if (!entry) return;
    entry.session.cancel('replaced');
    clearTimeout(entry.expires);
    this.entries.delete(signInId);
  }

  private get(signInId: string): Entry {
    const entry = this.entries.get(signInId);
    if (!entry) throw new ServiceError('not-found', serviceWords().signInOver);
    return entry;
  }
}
