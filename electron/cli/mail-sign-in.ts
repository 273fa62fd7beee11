import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { beginSignIn, type SignInMode } from '../checks/sign-in-session';
import type { SignInOutcome } from '../checks/oauth-sign-in';
import type { CheckSecrets, CheckSettings } from '../checks/settings';
import { loadTextWidths, wrap } from '../text/wrap';
import type { Language } from '../../knowledge/i18n/translations';
import { checkMessages } from './check-messages';

export type { SignInMode } from '../checks/sign-in-session';

/**
 * `check --mail-sign-in`: Jira's own sign-in (electron/checks/sign-in-session.ts, the wizard's too),
 * on the terminal. The address to open is printed (and opened in a browser where there is a
 * desktop); the code comes back on a loopback redirect, or the admin pastes the address the browser
 * ended on, or enters a device code. The token goes into `secrets.mailToken` for the mail check,
 * in memory only.
 */
export async function signInOnTerminal(settings: CheckSettings, secrets: CheckSecrets, mode: SignInMode, signal: AbortSignal, language: Language = 'en'): Promise<SignInOutcome> {
  // What is said includes Microsoft's and the identity provider's words: string-width ready for any text.
  await loadTextWidths();
  const m = checkMessages(language);
  const say = (text: string) => process.stderr.write(`${wrap(text, '').join('\n')}\n`);
  const session = await beginSignIn(settings, secrets, mode, signal, { language });
  const { prompt } = session;
  if (prompt?.mode === 'device') {
    // Microsoft's own sentence, unwrapped: it holds the address and the code to copy.
    process.stderr.write(`${prompt.device.message || m.openAndEnterCode(prompt.device.verificationUri, prompt.device.userCode)}\n`);
  } else if (prompt) {
    say(m.signInAs(prompt.mode === 'paste'));
    process.stderr.write(`${prompt.authorizeUrl}\n`);
    openBrowser(prompt.authorizeUrl);
    if (prompt.mode === 'browser') {
      say(m.waitingForBrowser(prompt.redirectUri));
    } else {
      say(m.pasteAddress);
      readPastedAddress((address) => session.paste(address), session.result, say);
    }
  }
  const { outcome, token } = await session.result;
  if (token !== undefined) secrets.mailToken = token;
  return outcome;
}

/** Lines from standard input until one holds this sign-in's result; each refused one says why. */
function readPastedAddress(paste: (address: string) => { ok: true } | { ok: false; problem: { message: string; advice: string } }, done: Promise<unknown>, say: (text: string) => void): void {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const stop = () => {
    rl.close();
    // Nothing more is read: an open pipe must not keep the command running once the checks end.
    process.stdin.pause();
    (process.stdin as { unref?: () => void }).unref?.();
  };
  rl.on('line', (line) => {
    if (line.trim() === '') return;
    const accepted = paste(line);
    if (accepted.ok) return stop();
    say(`${accepted.problem.message} ${accepted.problem.advice}`);
  });
  void done.finally(stop);
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
