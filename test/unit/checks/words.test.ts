import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ja as catalogue } from '../../../renderer/i18n/ja';
import { runChecks } from '../../../electron/checks/runner';
import { formatEvidence, formatReport } from '../../../electron/checks/report-text';
import { classifyNetworkError, type PeerCertificate } from '../../../electron/checks/problems';
import { checkSettingsSchema } from '../../../electron/checks/settings';
import { SETTING_NAMES, WINDOW_JA, worded } from '../../../electron/checks/wording';
import { CHECK_WORDS, inLanguage } from '../../../electron/checks/words';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const FLAG = /--[a-z][a-z-]+/;
const route = { host: 'jira.example.com', port: 443 };
const viaProxy = { ...route, proxy: { host: 'proxy.example.com', port: 3128 } };
const err = (code: string, message = code) => Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
const cert = (issuer: string, selfSigned = false): PeerCertificate => ({ subject: 'CN=jira.example.com', issuer, selfSigned, validTo: 'Jan 1 00:00:00 2020 GMT', altNames: 'DNS:jira.example.com' });

/** Every failure the classification tells apart, each with the route and certificate it needs. */
const FAILURES: [string, unknown, typeof route | typeof viaProxy, PeerCertificate?][] = [
  ['proxy-auth', new Error('Proxy response (407) !== 200 when HTTP Tunneling'), viaProxy],
  ['proxy-refused', new Error('Proxy response (403) !== 200 when HTTP Tunneling'), viaProxy],
  ['refused at the proxy', err('ECONNREFUSED'), viaProxy],
  ['refused', err('ECONNREFUSED'), route],
  ['dns', err('ENOTFOUND'), route],
  ['connect timeout', err('UND_ERR_CONNECT_TIMEOUT'), route],
  ['no answer', err('UND_ERR_HEADERS_TIMEOUT'), route],
  ['stalled', err('UND_ERR_BODY_TIMEOUT'), route],
  ['expired', err('CERT_HAS_EXPIRED'), route, cert('CN=Corp CA')],
  ['not yet valid', err('CERT_NOT_YET_VALID'), route],
  ['other names', err('ERR_TLS_CERT_ALTNAME_INVALID'), route, cert('CN=Corp CA')],
  ['intercepted', err('SELF_SIGNED_CERT_IN_CHAIN'), route, cert('CN=Zscaler Intermediate Root CA')],
  ['self-signed', err('DEPTH_ZERO_SELF_SIGNED_CERT'), route],
  ['unknown CA', err('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'), route, cert('CN=Corp CA')],
  ['handshake', err('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), route],
  ['closed', err('ECONNRESET'), route],
  ['anything else', err('EWHATEVER', 'something odd'), route],
];

describe("the checks' own words in Japanese", () => {
  it('have a Japanese text for every English one (the compiler holds the keys; this the words)', () => {
    expect(Object.keys(CHECK_WORDS.ja).sort()).toEqual(Object.keys(CHECK_WORDS.en).sort());
    expect(CHECK_WORDS.ja.insecureNote).toMatch(JAPANESE);
  });

  it.each(FAILURES)('word "%s" in the language of the run, with the same code and the exact host, port and issuer', (_name, error, to, peer) => {
    const english = classifyNetworkError(error, to, peer);
    const japanese = inLanguage('ja', () => classifyNetworkError(error, to, peer));
    expect(japanese.code).toBe(english.code);
    for (const text of [japanese.message, japanese.advice]) {
      expect(text).toMatch(JAPANESE);
      expect(text).not.toMatch(/\b(the|and|or|which|could)\b/);
    }
    const exact = [...english.message.matchAll(/[\w.-]+\.example\.com:\d+|"[^"]+"|\b\d{3}\b/g)].map((m) => m[0]);
    for (const s of exact) expect(japanese.message).toContain(s);
  });

  it('name the settings by the Japanese checks form, which shows those very labels', () => {
    const labels = new Set(Object.values(catalogue as Record<string, string>));
    const quoted = SETTING_NAMES.flatMap((name) => [...WINDOW_JA[name]().matchAll(/「([^」]+)」/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThan(20);
    expect(quoted.filter((label) => !labels.has(label) && !labels.has(`${label}（非推奨。すべての結果にその旨が表示されます）`))).toEqual([]);
    // Japanese words, or a Japanese label quoted as the form prints it (「Issuer URL」 is the form's own label).
    for (const name of SETTING_NAMES) expect(WINDOW_JA[name]()).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}「]/u);
    const advice = inLanguage('ja', () => classifyNetworkError(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), viaProxy)).advice;
    expect(worded(advice, WINDOW_JA)).toContain('「プロキシのユーザー名」');
    expect(worded(advice, WINDOW_JA)).not.toMatch(FLAG);
  });

  it('keep a run in its own language while runs in other languages go on at the same time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('en' as const, 'ja' as const), { minLength: 2, maxLength: 6 }), async (languages) => {
        const settings = checkSettingsSchema.parse({ auth: 'none', baseUrl: 'https://127.0.0.1:1', insecure: true, timeoutMs: 2000, checks: ['versions'] });
        const reports = await Promise.all(languages.map((language) => runChecks(settings, {}, { language })));
        reports.forEach((report, i) => {
          const said = JSON.stringify(report.evidence.map((e) => [e.problem?.message, e.notes]));
          if (languages[i] === 'ja') expect(said).toMatch(JAPANESE);
          else expect(said).not.toMatch(JAPANESE);
        });
      }),
      { numRuns: 5 },
    );
  });
});

describe("the command line's check output in Japanese", () => {
  it('titles every check, marks every result and closes the run in Japanese, fact names and check ids exact', async () => {
    const settings = checkSettingsSchema.parse({ auth: 'none', baseUrl: 'https://127.0.0.1:1', timeoutMs: 2000 });
    const report = await runChecks(settings, {}, { language: 'ja' });
    for (const e of report.evidence) expect(e.title).toMatch(JAPANESE);
    const lines = [...report.evidence.flatMap((e) => formatEvidence(e, 'ja')), ...formatReport(report, 'ja')].join('\n');
    expect(lines).toContain('確認できた事実:');
    expect(lines).toMatch(/チェック \d+ 件: OK \d+、失敗 \d+、スキップ \d+、取り消し \d+。/);
    expect(lines).toContain('jira-doctor diagnose --facts facts.json');
    for (const english of ['What to try:', 'Facts established:', 'checks:', '[FAILED]', '[skipped]']) expect(lines).not.toContain(english);
    for (const e of report.evidence) expect(lines).toContain(e.check);
  });
});
