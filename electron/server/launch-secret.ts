import { randomBytes } from 'node:crypto';
import { tokenMatches } from './guard';

/** How long a launch secret opens the page: enough to click, too short to be worth stealing. */
export const LAUNCH_SECRET_TTL_MS = 5 * 60_000;

export type Redeemed = 'ok' | 'stale' | 'wrong';

/**
 * The secret of browser mode's launch address: it opens the page once, within a few minutes, and
 * is then replaced by a fresh one (which `onChange` hands to whoever keeps the redirect file). The
 * page keeps its access through the session cookie, not through this secret.
 */
export class LaunchSecrets {
  private secret = fresh();
  private issued: number;
  private readonly used = new Set<string>();
  private readonly listeners = new Set<(secret: string) => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly ttlMs = LAUNCH_SECRET_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.issued = now();
    // The redirect file never holds an expired secret for long.
    this.timer = setInterval(() => this.current(), Math.max(1_000, ttlMs / 2));
    this.timer.unref();
  }

  /** The secret to put in the launch address now (a new one once the last has expired). */
  current(): string {
    if (this.now() - this.issued >= this.ttlMs) this.rotate();
    return this.secret;
  }

  onChange(listener: (secret: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Spends the secret: `ok` once, `stale` for a used or expired one (said plainly), `wrong` otherwise. */
  redeem(given: string): Redeemed {
    if (tokenMatches(given, this.current())) {
      this.used.add(this.secret);
      this.rotate();
      return 'ok';
    }
    return this.used.has(given) ? 'stale' : 'wrong';
  }

  close(): void {
    clearInterval(this.timer);
  }

  private rotate(): void {
    // An expired secret counts as used: its address gets the plain "open a fresh one" answer.
    this.used.add(this.secret);
    if (this.used.size > 100) this.used.delete(this.used.values().next().value!);
    this.secret = fresh();
    this.issued = this.now();
    for (const listener of this.listeners) listener(this.secret);
  }
}

function fresh(): string {
  return randomBytes(32).toString('base64url');
}
