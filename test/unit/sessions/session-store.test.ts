import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../knowledge/contract/session';
import { confBackend } from '../../../electron/sessions/backend';
import { SessionStore } from '../../../electron/sessions/session-store';
import type { StoreNotice } from '../../../electron/sessions/store-file';
import { ServiceError } from '../../../electron/services/errors';
import { assembleServices } from '../../../electron/services/assemble';
import type { AppInfo } from '../../../electron/api/contract';

let dir: string;
let notices: StoreNotice[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-sessions-'));
  notices = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = (knowledgeVersion = '2026.11.0') => new SessionStore({ dataDir: dir, backend: confBackend, knowledgeVersion, notify: (n) => notices.push(n) });

function answered(session: Session): Session {
  return {
    ...session,
    answers: [
      { fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at: '2026-11-23T04:00:00.000Z' },
      { fact: 'jira.version', value: '9.12.4', source: { kind: 'check', check: 'versions', why: 'serverInfo says so' }, at: '2026-11-23T04:01:00.000Z' },
    ],
    unknown: ['mail.protocol'],
  };
}

async function expectServiceError(action: () => unknown, code: string, message: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await action();
  } catch (error: unknown) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ServiceError);
  expect((caught as ServiceError).code).toBe(code);
  expect((caught as ServiceError).message).toMatch(message);
}

describe('saved sessions', () => {
  it('keeps every answer across a restart of the app', () => {
    const first = open();
    const created = first.create('Mail handler on prod');
    first.save(answered(created));

    const reopened = open();
    const loaded = reopened.get(created.id);
    expect(loaded.answers.map((a) => [a.fact, a.value])).toEqual([
      ['symptom', 'mail-oauth'],
      ['jira.version', '9.12.4'],
    ]);
    expect(loaded.unknown).toEqual(['mail.protocol']);
    expect(reopened.list()).toEqual([
      expect.objectContaining({ id: created.id, name: 'Mail handler on prod', symptom: 'mail-oauth', answerCount: 2 }),
    ]);
  });

  it('lists the most recently changed session first', () => {
    let clock = Date.parse('2026-11-23T04:00:00Z');
    const store = new SessionStore({ dataDir: dir, backend: confBackend, knowledgeVersion: 'k', now: () => new Date((clock += 60_000)) });
    const older = store.create('older');
    const newer = store.create('newer');
    expect(store.list().map((s) => s.name)).toEqual(['newer', 'older']);
    store.save(answered(older));
    expect(store.list().map((s) => s.id)).toEqual([older.id, newer.id]);
  });

  it('renames and deletes, and says so plainly when the session is gone', async () => {
    const store = open();
    const session = store.create();
    expect(session.name).toMatch(/^Diagnosis \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    store.rename(session.id, 'LDAP 401s');
    expect(store.get(session.id).name).toBe('LDAP 401s');
    store.delete(session.id);
    expect(store.list()).toEqual([]);
    await expectServiceError(() => store.get(session.id), 'not-found', /no saved session/);
    await expectServiceError(() => store.delete(session.id), 'not-found', /deleted already/);
  });

  it('keeps the creation time when a save claims another', () => {
    const store = open();
    const session = store.create('x');
    store.save({ ...answered(session), createdAt: '1999-01-01T00:00:00.000Z' });
    expect(store.get(session.id).createdAt).toBe(session.createdAt);
  });

  it('exports a session that imports again as the same session', () => {
    const store = open();
    const session = store.create('Cookie auth: CAPTCHA?');
    store.save(answered(session));
    const exported = store.export(session.id);
    expect(exported.filename).toMatch(/^jira-doctor-cookie-auth-captcha-\d{4}-\d{2}-\d{2}\.json$/);

    const elsewhere = new SessionStore({ dataDir: join(dir, 'other-machine'), backend: confBackend, knowledgeVersion: '2026.11.0' });
    const imported = elsewhere.import(exported.content);
    expect(imported.id).toBe(session.id);
    expect(imported.answers).toEqual(answered(session).answers);
    expect(elsewhere.list()).toHaveLength(1);
  });

  it('imports a session whose id is taken under a new id, overwriting nothing', () => {
    const store = open();
    const session = store.create('original');
    const copy = store.import(store.export(session.id).content);
    expect(copy.id).not.toBe(session.id);
    expect(store.list()).toHaveLength(2);
  });

  it('keeps the wizard snapshot of an import only when it was made with the same knowledge', () => {
    const withSnapshot = (id: string, knowledgeVersion: string) =>
      JSON.stringify({ ...answered(open().create('s')), id, knowledgeVersion, machine: { value: 'question' } });
    const store = open('2026.11.0');
    expect(store.import(withSnapshot('same-knowledge', '2026.11.0')).machine).toEqual({ value: 'question' });
    const older = store.import(withSnapshot('older-knowledge', '2026.10.3'));
    expect(older.machine).toBeUndefined();
    expect(older.answers).toHaveLength(2);
  });

  it('refuses files that are not sessions, saying what is wrong', async () => {
    const store = open();
    await expectServiceError(() => store.import('{ not json'), 'bad-request', /not JSON/);
    await expectServiceError(() => store.import(JSON.stringify({ schemaVersion: 2, id: 'x' })), 'bad-request', /newer jira-doctor/);
    let caught: ServiceError | undefined;
    try {
      store.import(JSON.stringify({ ...answered(store.create('s')), answers: [{ fact: 'jira.version', value: 'nine', source: { kind: 'user' }, at: 'now' }] }));
    } catch (error: unknown) {
      caught = error as ServiceError;
    }
    expect(caught?.code).toBe('bad-request');
    expect(caught?.problems).toEqual([{ field: 'answers.0.value', message: 'not a valid value for the fact "jira.version"' }]);
  });
});

describe('a damaged store', () => {
  it('is set aside with a timestamp and a message, and a new one starts', async () => {
    await writeFile(join(dir, 'sessions.json'), '{"sessions": {"a": ');
    const store = open();
    expect(store.list()).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/could not be read .* kept as .*sessions\.unreadable-.*\.json/);

    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('sessions.unreadable-'))!;
    expect(aside).toMatch(/^sessions\.unreadable-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/);
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"sessions": {"a": ');
    store.create('after the accident');
    expect(open().list().map((s) => s.name)).toEqual(['after the accident']);
  });

  it('is reported to the admin when the app starts', async () => {
    await writeFile(join(dir, 'sessions.json'), '\u0000\u0000 not json');
    const services = assembleServices({ mode: 'browser', appVersion: '0', dataDir: dir, backend: confBackend });
    const info = await services.dispatch('app.info', {});
    expect(info.ok && (info.value as AppInfo).notices.map((n) => n.code)).toEqual(['store-set-aside']);
  });

  it('is set aside when it breaks while the app runs', async () => {
    const store = open();
    store.create('before');
    await writeFile(join(dir, 'sessions.json'), 'garbage');
    expect(store.list()).toEqual([]);
    expect(notices.map((n) => n.code)).toEqual(['store-set-aside']);
    expect((await readdir(dir)).some((f) => f.startsWith('sessions.unreadable-'))).toBe(true);
  });

  it('lists the sound sessions and names the damaged one, keeping it in the file', async () => {
    const store = open();
    const good = store.create('good');
    const raw = JSON.parse(await readFile(store.path, 'utf8')) as { sessions: Record<string, unknown> };
    raw.sessions['hand-edited'] = { schemaVersion: 1, id: 'hand-edited', name: 'oops' };
    await writeFile(store.path, JSON.stringify(raw));

    expect(store.list().map((s) => s.id)).toEqual([good.id]);
    expect(notices.map((n) => n.code)).toEqual(['session-damaged']);
    expect(notices[0]!.message).toContain('"hand-edited"');
    await expectServiceError(() => store.get('hand-edited'), 'failed', /damaged/);
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toHaveProperty(['sessions', 'hand-edited']);
  });
});

describe('store format migrations', () => {
  it('records the format version in a file written before versions existed, keeping its sessions', async () => {
    const seed = open();
    const kept = seed.create('kept');
    const legacy = JSON.parse(await readFile(seed.path, 'utf8')) as Record<string, unknown>;
    delete legacy.__internal__;
    await writeFile(seed.path, JSON.stringify(legacy));

    const store = open();
    expect(store.get(kept.id).name).toBe('kept');
    const migrated = JSON.parse(await readFile(store.path, 'utf8')) as { __internal__: { migrations: { version: string } } };
    expect(migrated.__internal__.migrations.version).toBe('1.0.0');
  });

  it('starts a file that holds no sessions yet with an empty list', async () => {
    await writeFile(join(dir, 'sessions.json'), '{}');
    const store = open();
    expect(store.list()).toEqual([]);
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({ sessions: {} });
  });
});
