// Helpers for the Microsoft 365 cases: the command line bundled fresh, run as a child process, and
// a browser stand-in that signs in at the test bed's identity platform (its sign-in form).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Agent, request } from 'undici';
import type { Testbed } from '../../testbed';

const ROOT = join(import.meta.dirname, '../../..');

export function bundleCli(name: string): Promise<string> {
  const out = join(ROOT, 'node_modules/.cache/jira-doctor-tests', `${name}-${process.pid}.mjs`);
  return build({ entryPoints: [join(ROOT, 'electron/cli/main.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'error' }).then(() => out);
}

export type Run = { code: number | null; stdout: string; stderr: string; ms: number };

/**
 * Runs the command line. `onStderr` sees standard error as it grows and may answer on standard
 * input (a pasted address) once; the child is killed after `limitMs` (a hang is a failure).
 */
export function runCli(cli: string, args: string[], env: Record<string, string> = {}, onStderr?: (stderr: string, answer: (line: string) => void) => void, limitMs = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr, (line) => child.stdin.write(`${line}\n`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export class Browser {
  private readonly dispatcher: Agent;
  constructor(ca: string) {
    this.dispatcher = new Agent({ connect: { ca } });
  }

  /**
   * Opens the authorize address, signs in as `account` on its form, and returns where the identity
   * platform sends the browser next (the redirect with code= or error=), or the error page's text.
   */
  async signIn(authorizeUrl: string, account: { upn: string; password: string }): Promise<{ location?: string; page?: string }> {
    const first = await request(authorizeUrl, { dispatcher: this.dispatcher });
    if (first.statusCode === 302) return { location: String(first.headers.location) };
    const html = await first.body.text();
    if (first.statusCode !== 200 || !html.includes('name="loginfmt"')) return { page: html };
    const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, decodeHtml(m[2]!)]));
    const res = await request(authorizeUrl, {
      method: 'POST',
      dispatcher: this.dispatcher,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, loginfmt: account.upn, passwd: account.password }).toString(),
    });
    const text = await res.body.text();
    return res.statusCode === 302 ? { location: String(res.headers.location) } : { page: text };
  }

  /** Follows a redirect to a loopback address (what the browser does after signing in). */
  async visit(url: string): Promise<number> {
    const res = await request(url);
    await res.body.text();
    return res.statusCode;
  }

  /** The device code page: the code, then the account. */
  async enterDeviceCode(verificationUri: string, userCode: string, account: { upn: string; password: string }): Promise<string> {
    const res = await request(verificationUri, {
      method: 'POST',
      dispatcher: this.dispatcher,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ otc: userCode, loginfmt: account.upn, passwd: account.password }).toString(),
    });
    return res.body.text();
  }

  /** An access token for `account`, the way Jira gets one (authorization code), for --mail-token-env. */
  async token(bed: Testbed, account: { upn: string; password: string }, scopes = 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access'): Promise<string> {
    const ms = bed.microsoft!;
    const app = ms.apps.jira;
    const redirect = 'http://localhost:1/';
    const authorize = `${ms.loginUrl}/${ms.tenant.id}/oauth2/v2.0/authorize?${new URLSearchParams({ client_id: app.clientId, response_type: 'code', redirect_uri: redirect, scope: scopes, state: 's' })}`;
    const { location } = await this.signIn(authorize, account);
    const code = new URL(location!).searchParams.get('code')!;
    const res = await request(`${ms.loginUrl}/${ms.tenant.id}/oauth2/v2.0/token`, {
      method: 'POST',
      dispatcher: this.dispatcher,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: app.clientId, client_secret: app.secrets[0].value, code, redirect_uri: redirect }).toString(),
    });
    return ((await res.body.json()) as { access_token: string }).access_token;
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}

function decodeHtml(s: string): string {
  return s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}
