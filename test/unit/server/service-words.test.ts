import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_WORDS, type ServiceWords } from '../../../electron/services/words';
import { FILES_HEADER } from '../../../electron/api/wire';
import { engineFor } from '../../../knowledge/core';
import { startTestUiServer, type TestUiServer } from '../../support/ui-server';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** An English sentence: three English words in a row, once exact strings ("quoted", paths, commands) are taken out. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
const withoutExact = (text: string, exact: string[]) =>
  exact.reduce((t, e) => t.split(e).join(' '), text).replace(/"[^"]*"|「[^」]*」|\S*[/\\]\S*|--[a-z-]+|jira-doctor scan|npm run build|npm start|Content-Type: application\/json/g, ' ');

/**
 * Every message of the catalogue, with arguments the way the services give them: the compiler
 * keeps this list complete (a new message must be added here), the test holds the words.
 */
type Sample = (w: ServiceWords, a: { id: string; path: string; detail: string; n: number }) => string;
const SAMPLES: { [K in keyof ServiceWords]: Sample } = {
  noCapability: (w, a) => w.noCapability(a.id),
  invalidRequest: (w, a) => w.invalidRequest(a.id, a.detail),
  internalFailure: (w, a) => w.internalFailure(a.id, a.detail),
  credentialsInBrowser: (w) => w.credentialsInBrowser,
  openLinkInPage: (w) => w.openLinkInPage,
  checkSettingsWrong: (w) => w.checkSettingsWrong,
  signInSettingsWrong: (w) => w.signInSettingsWrong,
  chooseFilesInBrowser: (w) => w.chooseFilesInBrowser,
  storeCannotOpen: (w, a) => w.storeCannotOpen('sessions', a.detail),
  signInNeedsSettings: (w) => w.signInNeedsSettings,
  signInSettingsRequired: (w) => w.signInSettingsRequired,
  pasteNeedsRedirect: (w) => w.pasteNeedsRedirect,
  pasteRedirectRequired: (w) => w.pasteRedirectRequired,
  signInNotFinished: (w) => w.signInNotFinished,
  signInOver: (w) => w.signInOver,
  noCheckRun: (w, a) => w.noCheckRun(a.id),
  checksStopped: (w, a) => w.checksStopped(a.detail),
  closing: (w) => w.closing,
  outOfMemory: (w) => w.outOfMemory,
  workStopped: (w, a) => w.workStopped(a.detail),
  factsInvalid: (w) => w.factsInvalid,
  sessionNotReportable: (w, a) => w.sessionNotReportable(a.detail),
  sourceMissing: (w, a) => w.sourceMissing('002', a.path),
  noSection: (w, a) => w.noSection('002', a.id, a.detail),
  noSession: (w, a) => [w.noSession(a.id, 'pick'), w.noSession(a.id, 'start'), w.noSession(a.id, 'gone')].join(' '),
  sessionDamaged: (w, a) => w.sessionDamaged(a.id, a.detail),
  sessionDamagedNotice: (w, a) => w.sessionDamagedNotice(a.id, a.path),
  storeSetAside: (w, a) => w.storeSetAside('saved-sessions', w.storeNotJson({ line: 3, column: 20, found: "'H'" }), a.path),
  storeEmpty: (w) => w.storeEmpty,
  storeNotJson: (w) => [w.storeNotJson({ line: 3, column: 20, found: "'H'" }), w.storeNotJson({ end: true }), w.storeNotJson(undefined)].join(' '),
  storeNotObject: (w) => w.storeNotObject('list'),
  sessionsNotMap: (w) => w.sessionsNotMap('string'),
  credentialsNotMap: (w) => w.credentialsNotMap,
  importNotJson: (w) => w.importNotJson,
  importNewer: (w, a) => w.importNewer(a.n),
  importNotSession: (w) => w.importNotSession,
  noKeychain: (w) => w.noKeychain,
  wrongHost: (w, a) => `${w.wrongHost('http://127.0.0.1:4567/', a.id)} ${w.wrongHost('http://127.0.0.1:4567/', undefined)}`,
  otherSite: (w) => w.otherSite,
  launchUsed: (w, a) => w.launchUsed(a.n, 'npm start'),
  launchForeign: (w) => w.launchForeign('npm start'),
  noLaunchCookie: (w) => w.noLaunchCookie('npm start'),
  onlyGet: (w) => w.onlyGet,
  usePost: (w, a) => w.usePost(a.path),
  jsonOnly: (w) => w.jsonOnly,
  bodyNotJson: (w) => w.bodyNotJson,
  requestTooLarge: (w, a) => w.requestTooLarge(a.n),
  busy: (w) => w.busy,
  couldNotAnswer: (w) => w.couldNotAnswer,
  notPartOfApp: (w, a) => w.notPartOfApp(a.path),
  uiNotBuilt: (w) => w.uiNotBuilt,
  uploadNamesNoFiles: (w) => w.uploadNamesNoFiles,
  uploadListUnreadable: (w) => w.uploadListUnreadable,
  uploadTooManyFiles: (w, a) => w.uploadTooManyFiles(a.n),
  uploadControlCharacter: (w, a) => w.uploadControlCharacter(a.id),
  uploadListMalformed: (w) => w.uploadListMalformed,
  uploadFileTooLarge: (w, a) => w.uploadFileTooLarge(a.id, '1 GiB'),
  uploadTotalTooLarge: (w) => w.uploadTotalTooLarge('2 GiB'),
  uploadSizeMismatch: (w) => w.uploadSizeMismatch,
  uploadTooLong: (w) => w.uploadTooLong,
  uploadEndedEarly: (w) => w.uploadEndedEarly,
  redactOneFile: (w) => w.redactOneFile,
  notFromWindow: (w) => w.notFromWindow,
  notHandedOver: (w, a) => w.notHandedOver(a.path),
  dropFiles: (w) => w.dropFiles,
  cannotRead: (w, a) => w.cannotRead(a.path),
  scanFailed: (w, a) => w.scanFailed(a.detail),
  redactFromDisk: (w) => w.redactFromDisk,
  redactNotWritten: (w, a) => w.redactNotWritten(a.detail),
};

/**
 * What a service passes through as it is: ids, paths, servers' own messages (often English), counts.
 * Ids and paths carry a mark no message has, so one is never found inside a word by chance ("ocal" in "local").
 */
const args = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{3,23}$/).map((s) => `${s}-q7`),
  path: fc.stringMatching(/^\/[a-z0-9]{1,12}(\/[a-z0-9._-]{1,12}){0,3}$/).map((s) => `/q7${s}`),
  detail: fc.constantFrom('EACCES: permission denied, open \'/data/sessions.json\'', 'name: Required', 'the worker ended with code 1'),
  n: fc.integer({ min: 101, max: 100_000 }),
});

describe("the services' own words", () => {
  it('have Japanese for every message, with every exact part (ids, paths, details, numbers) kept as given', () => {
    expect(Object.keys(SERVICE_WORDS.ja).sort()).toEqual(Object.keys(SERVICE_WORDS.en).sort());
    fc.assert(
      fc.property(args, (a) => {
        for (const [key, sample] of Object.entries(SAMPLES) as [keyof ServiceWords, Sample][]) {
          const japanese = sample(SERVICE_WORDS.ja, a);
          const english = sample(SERVICE_WORDS.en, a);
          expect(japanese, key).toMatch(JAPANESE);
          expect(english, key).not.toMatch(JAPANESE);
          const exact = [a.id, a.path, a.detail, String(a.n)].filter((e) => english.includes(e));
          for (const e of exact) expect(japanese, `${key} keeps ${e}`).toContain(e);
          expect(withoutExact(japanese, exact), key).not.toMatch(ENGLISH_SENTENCE);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('are the only words of refusals in the code: no service, server or store refusal is written in English in place', async () => {
    const roots = ['electron/services', 'electron/server', 'electron/sessions', 'electron/shell'];
    const inPlace: string[] = [];
    for (const root of roots) {
      for (const name of await readdir(root)) {
        if (!name.endsWith('.ts') || name === 'words.ts') continue;
        const text = await readFile(join(root, name), 'utf8');
        // A refusal with its words in place: new ServiceError('code', 'Words…'), or an error body { code, message: 'Words…' }.
        // (A text made elsewhere and passed on, `${problem.message}`, is its maker's to word.)
        for (const m of text.matchAll(/ServiceError\(\s*'[a-z-]+',\s*[`'"][A-Za-z][^`'"]*|code: '[a-z-]+', message: [`'"][A-Za-z][^`'"]*/g)) inPlace.push(`${root}/${name}: ${m[0]}`);
      }
    }
    expect(inPlace).toEqual([]);
  });
});

describe('a request is answered in its language', () => {
  let ui: TestUiServer;
  beforeAll(async () => {
    ui = await startTestUiServer('service-words', { 'index.html': '<html><head></head><body></body></html>' });
  });
  afterAll(() => ui.close());

  const error = (reply: { body: string }) => (JSON.parse(reply.body) as { error: { message: string; problems?: { field: string; message: string }[] } }).error;
  const signIn = { authorizeEndpoint: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize', tokenEndpoint: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', clientId: 'c0ffee00-0000-4000-8000-000000000001', scopes: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access' };

  it("the sign-in step's refusals, in the window's language (Accept-Language, which the page sets to its own)", async () => {
    for (const [header, words] of [['ja', SERVICE_WORDS.ja], ['ja-JP,en;q=0.8', SERVICE_WORDS.ja], ['en-GB', SERVICE_WORDS.en]] as const) {
      const none = await ui.api('signIn.start', { settings: {}, mode: 'browser' }, { 'accept-language': header });
      expect(none.status).toBe(400);
      expect(error(none)).toEqual({ code: 'bad-request', message: words.signInNeedsSettings, problems: [{ field: 'signIn', message: words.signInSettingsRequired }] });
      const paste = await ui.api('signIn.start', { settings: { signIn }, mode: 'paste' }, { 'accept-language': header });
      expect(error(paste).message).toBe(words.pasteNeedsRedirect);
      expect(error(paste).problems).toEqual([{ field: 'signIn.redirectUri', message: words.pasteRedirectRequired }]);
      const over = await ui.api('signIn.status', { signInId: 'gone-long-ago' }, { 'accept-language': header });
      expect(error(over).message).toBe(words.signInOver);
    }
  });

  it("names the settings the sign-in start needs by the labels of the window's own language", async () => {
    const settings = { signIn, mail: { host: 'outlook.office365.com', viaProxy: true } };
    const ja = error(await ui.api('signIn.start', { settings, mode: 'browser' }, { 'accept-language': 'ja' }));
    const en = error(await ui.api('signIn.start', { settings, mode: 'browser' }, { 'accept-language': 'en' }));
    expect(ja.message).toBe(SERVICE_WORDS.ja.signInSettingsWrong);
    expect(ja.problems!.find((p) => p.field === 'mail.viaProxy')!.message).toContain('「送信プロキシの URL（任意）」');
    expect(JSON.stringify(ja.problems)).not.toContain('Outbound proxy URL');
    expect(en.problems!.find((p) => p.field === 'mail.viaProxy')!.message).toContain('“Outbound proxy URL”');
  });

  it('saved sessions, check runs and uploads refuse in the language of the request', async () => {
    const ja = { 'accept-language': 'ja' };
    expect(error(await ui.api('sessions.get', { id: 'no-such-session' }, ja)).message).toBe(SERVICE_WORDS.ja.noSession('no-such-session', 'pick'));
    expect(error(await ui.api('sessions.import', { content: 'not json' }, ja)).message).toBe(SERVICE_WORDS.ja.importNotJson);
    expect(error(await ui.api('checks.status', { runId: 'run-7' }, ja)).message).toBe(SERVICE_WORDS.ja.noCheckRun('run-7'));
    expect(error(await ui.api('credentials.recall', { key: 'https://jira.example.com' }, ja)).message).toBe(SERVICE_WORDS.ja.credentialsInBrowser);
    expect(error(await ui.api('no.such', {}, ja)).message).toBe(SERVICE_WORDS.ja.noCapability('no.such'));
    const upload = (names: string[]) =>
      ui.send('/api/scan/files', {
        method: 'POST',
        headers: { cookie: ui.cookie, 'accept-language': 'ja', 'content-type': 'application/octet-stream', [FILES_HEADER]: encodeURIComponent(JSON.stringify(names.map((name) => ({ name, size: 1 })))) },
        body: Buffer.alloc(names.length),
      });
    expect(error(await upload(Array.from({ length: 101 }, (_, i) => `node${i}.log`))).message).toBe(SERVICE_WORDS.ja.uploadTooManyFiles(100));
    // Before the page has loaded, the browser's own preference: a stale launch address is refused in it.
    const stale = await ui.send('/?token=spent-long-ago', { headers: { 'accept-language': 'ja-JP' } });
    expect(stale.body).toContain('"npm start" がターミナルに表示したファイルを開いてください');
  });

  it("words the facts' problems of a diagnosis in the language of the request", async () => {
    const facts = { symptom: 'mail', 'jira.versoin': '8.20.4' };
    const ja = error(await ui.api('engine.diagnose', { facts }, { 'accept-language': 'ja' }));
    const en = error(await ui.api('engine.diagnose', { facts }, { 'accept-language': 'en' }));
    expect(ja.message).toBe(SERVICE_WORDS.ja.factsInvalid);
    expect(ja.problems).toEqual([
      { field: 'symptom', message: '値 "mail" は使えません。指定できる値: "rest-401"、"mail-oauth"、"cookie-auth"、"rest-sso" のいずれか' },
      { field: 'jira.versoin', message: 'この名前の事実はありません（もしかして: "jira.version"）' },
    ]);
    expect(en.problems!.map((p) => p.message)).toEqual(['expected one of "rest-401", "mail-oauth", "cookie-auth", "rest-sso"; got "mail"', 'unknown fact name (did you mean "jira.version"?)']);
  });

  it("names each saved session's result in the language of the window that lists it", async () => {
    const created = JSON.parse((await ui.api('sessions.create', { name: 'pop' })).body) as { value: Record<string, unknown> & { createdAt: string } };
    const at = created.value.createdAt;
    const answers = [
      { fact: 'symptom', value: 'mail-oauth', source: { kind: 'user' }, at },
      { fact: 'mail.protocol', value: 'pop', source: { kind: 'user' }, at },
      { fact: 'jira.version', value: '8.13.2', source: { kind: 'user' }, at },
    ];
    expect((await ui.api('sessions.save', { session: { ...created.value, answers } })).status).toBe(200);
    type Listed = { value: { sessions: { name: string; result?: { cause: string; title: string } }[] } };
    const listed = async (language: string) => (JSON.parse((await ui.api('sessions.list', {}, { 'accept-language': language })).body) as Listed).value.sessions.find((s) => s.name === 'pop')!.result!;
    const [ja, en] = [await listed('ja'), await listed('en')];
    expect(ja.cause).toBe(en.cause);
    expect(ja.title).toBe((await engineFor('ja')).knowledge.causes.find((c) => c.id === ja.cause)!.title);
    expect(ja.title).toMatch(JAPANESE);
    expect(en.title).not.toMatch(JAPANESE);
  });

  it('keeps each request in its own language while requests in other languages are answered at the same time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('ja', 'en'), { minLength: 2, maxLength: 8 }), async (languages) => {
        const replies = await Promise.all(languages.map((language) => ui.api('sessions.get', { id: `s-${language}` }, { 'accept-language': language })));
        replies.forEach((reply, i) => expect(error(reply).message).toBe(SERVICE_WORDS[languages[i] as 'ja' | 'en'].noSession(`s-${languages[i]}`, 'pick')));
      }),
      { numRuns: 5 },
    );
  });
});
