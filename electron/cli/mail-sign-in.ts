import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { HttpClient } from '../checks/http';
import { deviceCodeSignIn, type DevicePrompt, finishAuthorizationCode, loopbackReceiver, readRedirect, startAuthorizationCode, type SignInOutcome } from '../checks/oauth-sign-in';
import { prepareTransport } from '../checks/runner';
import type { CheckSecrets, CheckSettings } from '../checks/settings';
import { Masker } from '../text/mask';
import { wrap } from '../checks/report-text';

export type SignInMode = 'browser' | 'paste' | 'device';

/** How long the admin has to finish signing in. */
const SIGN_IN_LIMIT_MS = 5 * 60_000;

/**
 * `check --mail-sign-in`: Jira's own sign-in, on the terminal. The address to open is printed (and
 * opened in a browser where there is a desktop); the code comes back on a loopback redirect, or
 * the admin pastes the address the browser ended on, or enters a device code. The token goes into
 * `secrets.mailToken` for the mail check, in memory only.
 */
export async function signInOnTerminal(settings: CheckSettings, secrets: CheckSecrets, mode: SignInMode, signal: AbortSignal): Promise<SignInOutcome> {
  const config = settings.signIn!;
  const cloud = settings.azure?.cloud ?? 'worldwide';
  const transport = await prepareTransport(settings, secrets);
  const masker = new Masker(Object.values(secrets));
  const http = new HttpClient({ timeoutMs: settings.timeoutMs, insecure: settings.insecure, ...transport.http }, masker);
  const limit = AbortSignal.any([signal, AbortSignal.timeout(SIGN_IN_LIMIT_MS)]);
  const say = (text: string) => process.stderr.write(`${wrap(text, '').join('\n')}\n`);
  const deps = { http, signal: limit, cloud, ...(secrets.azureClientSecret !== undefined ? { clientSecret: secrets.azureClientSecret } : {}) };
  try {
    if (mode === 'device') {
      // Microsoft's own sentence, unwrapped: it holds the address and the code to copy.
      const show = (p: DevicePrompt) => process.stderr.write(`${p.message || `Open ${p.verificationUri} and enter the code ${p.userCode}.`}\n`);
      const { outcome, token } = await deviceCodeSignIn(config, { ...deps, show });
      if (token !== undefined) secrets.mailToken = token;
      return outcome;
    }
    const receiver = mode === 'browser' ? await loopbackReceiver() : undefined;
    try {
      const redirectUri = receiver?.redirectUri ?? config.redirectUri!;
      const pending = startAuthorizationCode(config, redirectUri);
      say(`Sign in as the account that authorizes the mailbox in Jira. Open this address in a browser${receiver ? '' : ' (a private window avoids a remembered account)'}:`);
      process.stderr.write(`${pending.authorizeUrl}\n`);
      openBrowser(pending.authorizeUrl);
      let address: string;
      if (receiver) {
        say(`Waiting for the browser to come back to ${redirectUri} (the app registration must list http://localhost as a Redirect URI; otherwise use --mail-sign-in paste).`);
        address = await raceAbort(receiver.address, limit);
      } else {
        say("After signing in, the browser ends on Jira's callback page. Copy the whole address from the address bar and paste it here:");
        address = await raceAbort(readLine(), limit);
      }
      const { outcome, token } = await finishAuthorizationCode(config, pending, readRedirect(address, pending), deps);
      if (token !== undefined) secrets.mailToken = token;
      return outcome;
    } finally {
      await receiver?.close();
    }
  } finally {
    await http.close();
  }
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

/** One line from standard input, typed or piped. */
function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  return new Promise<string>((resolve) => {
    rl.once('line', (line) => {
      // Resolved first: closing the interface emits 'close' at once.
      resolve(line);
      rl.close();
      // Nothing more is read: an open pipe must not keep the command running once the checks end.
      process.stdin.pause();
      (process.stdin as { unref?: () => void }).unref?.();
    });
    rl.once('close', () => resolve(''));
  });
}

/** Opens the system browser where there is a desktop session; otherwise the printed address is enough. */
function openBrowser(url: string): void {
  if (!process.stderr.isTTY) return;
  const command = process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', [url]] : undefined;
  if (!command) return;
  try {
    const child = spawn(command[0] as string, command[1] as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The printed address is there to copy.
  }
}
