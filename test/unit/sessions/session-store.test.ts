import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../knowledge/contract/session';
import { SessionStore } from '../../../electron/sessions/session-store';
import type { StoreNotice } from '../../../electron/sessions/json-store';
import { ServiceError } from '../../../electron/services/errors';
import { SERVICE_WORDS } from '../../../electron/services/words';
import { assembleServices } from '../../../electron/services/assemble';
import type { AppInfo } from '../../../electron/api/contract';
import { sessionChangesSchema } from '../../../electron/api/schemas';
import { scanText } from '../scan/scan-text';

let dir: string;
let notices: StoreNotice[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-sessions-'));
  notices = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = (knowledgeVersion = '2026.11.0') => new SessionStore({ dataDir: dir, knowledgeVersion, notify: (n) => notices.push(n) });

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
      // Two answers and one "I don't know".
      expect.objectContaining({ id: created.id, name: 'Mail handler on prod', symptom: 'mail-oauth', answerCount: 3 }),
    ]);
  });

  it('lists the most recently changed session first', () => {
    let clock = Date.parse('2026-11-23T04:00:00Z');
    const store = new SessionStore({ dataDir: dir, knowledgeVersion: 'k', now: () => new Date((clock += 60_000)) });
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

  it('saves only what changed, keeping the rest of the session as it was', async () => {
    const store = open();
    const session = store.create('changes only');
    const report = { schemaVersion: 1 as const, cancelled: false, facts: {}, files: [] };
    store.update(session.id, { scan: report });
    const { updatedAt } = store.update(session.id, { answers: answered(session).answers, unknown: ['mail.protocol'] });
    const saved = store.get(session.id);
    expect(saved).toMatchObject({ name: 'changes only', createdAt: session.createdAt, updatedAt, unknown: ['mail.protocol'], scan: report });
    expect(saved.answers.map((a) => a.value)).toEqual(['mail-oauth', '9.12.4']);
    await expectServiceError(() => store.update('gone', { unknown: [] }), 'not-found', /no saved session/);
  });

  it('keeps the batches of logs a save sends, and clears them, their scan and the checks when a save sends null (start over)', async () => {
    const store = open();
    const session = store.create('logs node by node');
    const report = await scanText({ 'jira-node-1/atlassian-jira-security.log': '' });
    const batches = [{ at: report.finishedAt, forQuestion: 'q-mail-protocol', report }];
    const checks = { facts: { 'jira.version': '9.12.4' }, evidence: [], startedAt: report.startedAt, finishedAt: report.finishedAt };
    store.update(session.id, { scan: report, scanBatches: batches, checks });
    expect(store.get(session.id)).toMatchObject({ scan: report, scanBatches: batches, checks });
    // The request crosses JSON, where an undefined part would vanish: null is what says "clear".
    const changes = sessionChangesSchema.parse(JSON.parse(JSON.stringify({ checks: null, scan: null, scanBatches: null, unknown: [] })));
    store.update(session.id, changes);
    const cleared = store.get(session.id);
    expect(cleared).not.toHaveProperty('checks');
    expect(cleared).not.toHaveProperty('scan');
    expect(cleared).not.toHaveProperty('scanBatches');
    expect(sessionChangesSchema.safeParse({ scanBatches: [{ at: report.finishedAt, forQuestion: 'q-mail-protocol' }] }).success).toBe(false);
  });

  it('exports a session that imports again as the same session', () => {
    const store = open();
    const session = store.create('Cookie auth: CAPTCHA?');
    store.save(answered(session));
    const exported = store.export(session.id);
    expect(exported.filename).toMatch(/^jira-doctor-cookie-auth-captcha-\d{4}-\d{2}-\d{2}\.json$/);

    const elsewhere = new SessionStore({ dataDir: join(dir, 'other-machine'), knowledgeVersion: '2026.11.0' });
    const imported = elsewhere.import(exported.content);
    expect(imported.id).toBe(session.id);
    expect(imported.answers).toEqual(answered(session).answers);
    expect(elsewhere.list()).toHaveLength(1);
  });

  it('imports a session whose id is taken under a new id, overwriting nothing', () => {
    const store = open();
    const session = store.create('original');
    const exported = store.export(session.id).content;
    store.save(answered(session));
    const copy = store.import(exported);
    expect(copy.id).not.toBe(session.id);
    expect(store.list()).toHaveLength(2);
  });

  it('imports the same unchanged session once: a second import is the session already there', () => {
    const store = open();
    const session = store.create('original');
    store.save(answered(session));
    const exported = store.export(session.id).content;
    expect(store.import(exported).id).toBe(session.id);
    expect(store.import(exported).id).toBe(session.id);
    expect(store.list()).toHaveLength(1);
  });

  it('lists the strongest cause of a session as its result', () => {
    const store = open();
    const session = store.create('pop');
    store.save({ ...session, answers: [{ fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at: session.createdAt }, { fact: 'mail.protocol', value: 'pop', source: { kind: 'user' }, at: session.createdAt }, { fact: 'jira.version', value: '8.13.2', source: { kind: 'user' }, at: session.createdAt }] });
    expect(store.list()[0]!.result).toEqual({ cause: expect.stringMatching(/^mail-oauth\//) as unknown, title: expect.stringMatching(/POP/i) as unknown, status: 'confirmed' });
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
  it('says where it stops being JSON, in the words of the run, never quoting the text around it', async () => {
    await writeFile(join(dir, 'sessions.json'), `{"sessions": {},\n "note": "${'x'.repeat(40)}" Hunter2-S3cret}`);
    open();
    expect(notices[0]!.say(SERVICE_WORDS.en)).toMatch(/could not be read \(it is not valid JSON: Unexpected 'H' at line 2, column 53\)/);
    expect(notices[0]!.say(SERVICE_WORDS.ja)).toContain('（正しい JSON ではありません: 2 行目の 53 文字目に予期しない文字 \'H\' があります）');
    for (const words of [SERVICE_WORDS.en, SERVICE_WORDS.ja]) expect(notices[0]!.say(words)).not.toMatch(/unter|S3cret|xxx/);
  });

  it('is set aside with a timestamp and a message, and a new one starts', async () => {
    await writeFile(join(dir, 'sessions.json'), '{"sessions": {"a": ');
    const store = open();
    expect(store.list()).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.say(SERVICE_WORDS.en)).toMatch(/could not be read \(it is not valid JSON: Unexpected end of JSON input\)\. It was kept as .*sessions\.unreadable-.*\.json/);
    expect(notices[0]!.say(SERVICE_WORDS.ja)).toMatch(/保存済みのセッションのファイルを読み取れませんでした（正しい JSON ではありません: 途中で終わっています）。.*sessions\.unreadable-.*\.json/);

    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('sessions.unreadable-'))!;
    expect(aside).toMatch(/^sessions\.unreadable-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/);
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"sessions": {"a": ');
    store.create('after the accident');
    expect(open().list().map((s) => s.name)).toEqual(['after the accident']);
  });

  it('is reported to the admin when the app starts', async () => {
    await writeFile(join(dir, 'sessions.json'), '\u0000\u0000 not json');
    const services = assembleServices({ mode: 'browser', appVersion: '0', dataDir: dir });
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
    expect(notices[0]!.say(SERVICE_WORDS.en)).toContain('"hand-edited"');
    expect(notices[0]!.say(SERVICE_WORDS.ja)).toContain('"hand-edited" は破損しているため');
    await expectServiceError(() => store.get('hand-edited'), 'failed', /damaged/);
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toHaveProperty(['sessions', 'hand-edited']);
  });
});

describe('files of earlier versions and of hands', () => {
  it('reads a file that conf wrote (with its __internal__ record), keeping its sessions', async () => {
    const id = '5b1c8a7e-4d2f-4f0a-9c1e-2b3d4e5f6a7b';
    const session = { schemaVersion: 1, id, name: 'kept', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', knowledgeVersion: 'k', answers: [], unknown: [] };
    await writeFile(join(dir, 'sessions.json'), JSON.stringify({ sessions: { [id]: session }, __internal__: { migrations: { version: '1.0.0' } } }, null, '\t'));
    expect(open().get(id).name).toBe('kept');
    expect(notices).toEqual([]);
  });

  it('starts a file that holds no sessions yet with an empty list', async () => {
    await writeFile(join(dir, 'sessions.json'), '{}');
    const store = open();
    expect(store.list()).toEqual([]);
    store.create('first');
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({ sessions: { [store.list()[0]!.id]: { name: 'first' } } });
  });

  it('accepts a byte-order mark, as an editor on Windows writes it', async () => {
    const store = open();
    const kept = store.create('kept');
    await writeFile(store.path, `\uFEFF${await readFile(store.path, 'utf8')}`);
    expect(open().get(kept.id).name).toBe('kept');
    expect(notices).toEqual([]);
  });

  // Every JSON value that is not an object of sessions by id: set aside like unparsable text.
  const wrongShapes = fc.oneof(
    fc.constant('null'),
    fc.json().filter((text) => { const v = JSON.parse(text) as unknown; return typeof v !== 'object' || v === null || Array.isArray(v); }),
    fc.array(fc.jsonValue()).map((v) => JSON.stringify(v)),
    fc.oneof(fc.constant(null), fc.array(fc.jsonValue()), fc.string(), fc.double(), fc.boolean()).map((sessions) => JSON.stringify({ sessions })),
  );

  it('sets aside a file of the wrong shape with a notice, exactly like an unparsable one, and never overwrites it', async () => {
    await fc.assert(
      fc.asyncProperty(wrongShapes, fc.boolean(), async (content, bom) => {
        const folder = await mkdtemp(join(dir, 'shape-'));
        const text = `${bom ? '\uFEFF' : ''}${content}`;
        await writeFile(join(folder, 'sessions.json'), text);
        const seen: StoreNotice[] = [];
        const store = new SessionStore({ dataDir: folder, knowledgeVersion: 'k', notify: (n) => seen.push(n) });
        expect(store.list()).toEqual([]);
        expect(seen.map((n) => n.code)).toEqual(['store-set-aside']);
        expect(seen[0]!.say(SERVICE_WORDS.en)).toMatch(/could not be read \(.+\)\. It was kept as .*sessions\.unreadable-.*\.json/);
        store.create('after');
        const aside = (await readdir(folder)).filter((f) => f.startsWith('sessions.unreadable-'));
        expect(aside).toHaveLength(1);
        expect(await readFile(join(folder, aside[0]!), 'utf8')).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a crash during a save', () => {
  it('leaves temporary files that the next start removes, sparing those a running writer still uses', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const leftovers = [`sessions.json.tmp-${dead}-0a1b2c3d`, 'sessions.json.tmp-17329581234567891'];
    for (const name of leftovers) await writeFile(join(dir, name), '{"sessions": {"half');
    // conf's temporary files carry no process id: only their age tells they were left behind.
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(join(dir, leftovers[1]!), old, old);
    const live = `sessions.json.tmp-${process.ppid}-99aa88bb`;
    await writeFile(join(dir, live), '{');

    open().create('after the crash');
    const files = await readdir(dir);
    expect(files.filter((f) => leftovers.includes(f))).toEqual([]);
    expect(files).toContain(live);
    expect(files.filter((f) => f.startsWith('sessions.json.tmp-') && f !== live)).toEqual([]);
  });

  it('writes the file for its owner only', async () => {
    const store = open();
    store.create('private');
    if (process.platform !== 'win32') expect((await stat(store.path)).mode & 0o777).toBe(0o600);
  });
});
