import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CredentialStore, type SecretCipher } from '../../../electron/sessions/credentials';
import { SessionStore } from '../../../electron/sessions/session-store';
import type { StoreNotice } from '../../../electron/sessions/json-store';
import { appFiles } from '../../../electron/resources/app-files';
import { createServices } from '../../../electron/services/index';
import { runChecks } from '../../../electron/checks/runner';
import { ServiceError } from '../../../electron/services/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-durability-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Stands in for the OS keychain: real encryption with a key that never touches the disk. */
function keychain(): SecretCipher {
  const key = randomBytes(32);
  return {
    isAvailable: () => true,
    encrypt: (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: (sealed) => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

async function everyFileUnder(folder: string): Promise<string> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(names.filter((n) => n.isFile()).map((n) => readFile(join(n.parentPath, n.name), 'utf8')));
  return texts.join('\n');
}

describe('a crash in the middle of saving', () => {
  it('leaves the last complete save, never a broken file', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'save-forever.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    const id = first.toString().trim();
    // Let it save many times, then pull the plug mid-write.
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill('SIGKILL');
    await once(child, 'exit');

    const notices: StoreNotice[] = [];
    const store = new SessionStore({ dataDir: dir, knowledgeVersion: 'k', notify: (n) => notices.push(n) });
    const session = store.get(id);
    expect(notices).toEqual([]);
    expect(session.answers.length).toBeGreaterThan(1);
    expect(session.answers.at(-1)!.value).toEqual([`error ${session.answers.length - 1}`]);
  }, 30_000);
});

describe('secrets on disk', () => {
  const password = 'Tr0ub4dor&3-not-on-disk';
  const token = 'NjM4OTk5MDE0NTY3OlPATsecretPAT';

  it('remembered credentials are stored only encrypted, and come back', async () => {
    const store = new CredentialStore(dir, keychain());
    store.remember('https://jira.example.com', { password, token });
    expect(store.recall('https://jira.example.com')).toEqual({ password, token });

    const disk = await everyFileUnder(dir);
    expect(disk).not.toContain(password);
    expect(disk).not.toContain(token);
    expect(disk).not.toContain(Buffer.from(password).toString('base64'));
    store.forget('https://jira.example.com');
    expect(store.recall('https://jira.example.com')).toBeUndefined();
  });

  it('are refused without a keychain, and nothing is written', async () => {
    const store = new CredentialStore(dir, { ...keychain(), isAvailable: () => false });
    expect(() => store.remember('https://jira.example.com', { password })).toThrow(ServiceError);
    expect(await everyFileUnder(dir)).not.toContain(password);
  });

  it('never reach the disk in browser mode, even when checks ran with them', async () => {
    const sessions = new SessionStore({ dataDir: dir, knowledgeVersion: 'k' });
    const services = createServices({
      mode: 'browser',
      appVersion: '0.0.0',
      sessions: () => sessions,
      sourceFiles: appFiles('sources'),
      runChecks,
      scanPaths: () => Promise.reject(new Error('not used')),
      notices: [],
    });
    const remembered = await services.dispatch('credentials.remember', { key: 'https://jira.example.com', secrets: { password } });
    expect(remembered.ok).toBe(false);
    expect(!remembered.ok && remembered.error.code).toBe('not-available');

    // A check run with the password against a closed port; its report is saved with the session.
    const events: unknown[] = [];
    services.onCheckEvent((e) => events.push(e));
    const started = await services.dispatch('checks.start', {
      settings: { baseUrl: 'http://127.0.0.1:9', auth: 'basic', username: 'admin', checks: ['versions'], timeoutMs: 2000 },
      secrets: { password },
    });
    expect(started.ok).toBe(true);
    await expect.poll(() => events.some((e) => (e as { type: string }).type === 'done'), { timeout: 15_000 }).toBe(true);
    const done = events.find((e) => (e as { type: string }).type === 'done') as { report: unknown };
    const session = sessions.create('with checks');
    const saved = await services.dispatch('sessions.save', { session: { ...session, checks: done.report } });
    expect(saved.ok).toBe(true);

    expect(await everyFileUnder(dir)).not.toContain(password);
    expect(JSON.stringify(events)).not.toContain(password);
  });
});
