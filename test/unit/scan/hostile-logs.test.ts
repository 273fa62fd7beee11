import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledge, matchErrorText, diagnose } from '../../../knowledge';
import { requiredLiterals } from '../../../electron/scan/literals';
import { errorMessage } from '../../../electron/scan/findings';
import { scanText } from './scan-text';

/**
 * Logs and pastes written to hurt: megabyte lines made of the catalogue's own literals (what makes a
 * backtracking regex crawl), Japanese logs in the encodings of Japanese Windows servers, and error
 * messages with the server's status words before them and stack frames after them.
 */

const HEADER = '2026-03-02 09:14:11,002+0900 http-nio-8080-exec-7 ERROR tanaka 554x1201x1 - 10.0.4.21 /rest/api/2/myself [c.a.j.s.login.JiraSeraphAuthenticator] ';

/**
 * What makes a backtracking regex crawl: the start of its match repeated without the end, so every
 * repetition starts a match that scans the rest of the line before failing. Built for each
 * signature from its own example: the message from the signature's literal on, cut short.
 */
function attack(pattern: string, example: string, bytes: number, cut: number): string {
  const literal = (requiredLiterals(pattern) ?? [])[0] ?? '';
  const from = Math.max(0, example.toLowerCase().indexOf(literal.toLowerCase()));
  const piece = example.slice(from, Math.max(from + literal.length, example.length - cut));
  return piece.repeat(Math.ceil(bytes / piece.length)).slice(0, bytes);
}

const CUTS = [1, 4, 12];

describe('hostile input cannot make matching crawl', () => {
  // The test timeouts are sanity limits for a loaded machine, not timing targets: before the
  // catalogue was made linear, one such paste took minutes.
  it('scans a 1 MB attack line for every signature of the catalogue to the end', { timeout: 300_000 }, async () => {
    const lines = knowledge.signatures.map((s, i) => `${HEADER}${attack(s.pattern, s.example, 1 << 20, CUTS[i % CUTS.length]!)}`);
    const log = `${lines.join('\n')}\n${HEADER}Error occurred while trying to authenticate user 'after'.\n`;
    const report = await scanText({ 'atlassian-jira.log': log });
    expect(report.files[0]).toMatchObject({ status: 'read', lines: lines.length + 1 });
    expect(report.signatures.some((s) => s.id === 'authenticate-user-error')).toBe(true);
  });

  it('matches a 300 KB attack paste for every signature against the whole catalogue, and diagnoses with it', { timeout: 300_000 }, () => {
    for (const signature of knowledge.signatures) {
      for (const cut of CUTS) {
        const paste = attack(signature.pattern, signature.example, 300_000, cut);
        expect(Array.isArray(matchErrorText(paste))).toBe(true);
        expect(diagnose({ errors: [paste] }).causes.length).toBeGreaterThan(0);
      }
    }
  });
});

/** Encoders for the two Japanese legacy encodings, built by inverting the runtime's own decoders. */
function encoder(encoding: 'shift_jis' | 'euc-jp'): (text: string) => Buffer {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes));
      if ([...char].length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // Not a character in this encoding.
    }
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) add([a, b]);
  for (let a = 0xa1; a <= 0xdf; a++) add(encoding === 'shift_jis' ? [a] : [0x8e, a]);
  return (text) =>
    Buffer.from(
      [...text].flatMap((char) => {
        const code = char.charCodeAt(0);
        if (code < 0x80) return [code];
        const bytes = table.get(char);
        if (!bytes) throw new Error(`${char} has no ${encoding} encoding`);
        return bytes;
      }),
    );
}

const JAPANESE_WORDS = ['ユーザー', '認証', 'エラー', '発生しました', '課題', 'インデックス', '作成', '完了', 'メール', '受信', '失敗', '田中', '鈴木', '接続', 'サーバー', '設定'];

describe('Japanese logs in Shift_JIS and EUC-JP', () => {
  for (const encoding of ['shift_jis', 'euc-jp'] as const) {
    it(`decodes ${encoding} lines as Japanese, not Latin-1`, async () => {
      const encode = encoder(encoding);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom(...JAPANESE_WORDS), { minLength: 3, maxLength: 12 }), fc.constantFrom(...JAPANESE_WORDS), async (words, user) => {
          const message = words.join('');
          const lines = [
            `2026-03-02 09:14:10,000+0900 http-nio-8080-exec-7 INFO ${HEADER.slice(60)}${message}`,
            `${HEADER}Error occurred while trying to authenticate user '${user}'. ${message}`,
          ];
          const report = await scanText({ 'atlassian-jira.log': encode(`${lines.join('\n')}\n`) });
          const finding = report.signatures.find((s) => s.id === 'authenticate-user-error');
          expect(finding?.samples[0]).toContain(`'${user}'. ${message}`);
          expect(report.files[0]!.notes.join(' ')).toMatch(new RegExp(encoding.replace('_', '[_-]'), 'i'));
        }),
        { numRuns: 15 },
      );
    });
  }


  it('still reads Western Latin-1 logs as Latin-1', async () => {
    const words = ['Jürgen', 'Müller', 'Größe', 'façade', 'élève', 'Ångström', 'niño', 'crème', 'Straße', 'déjà'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.constantFrom(...words), async (rest, user) => {
        const log = `${HEADER}Error occurred while trying to authenticate user '${user}'. ${rest.join(' ')}\n`;
        const report = await scanText({ 'atlassian-jira.log': Buffer.from(log, 'latin1') });
        expect(report.signatures[0]?.samples[0]).toContain(`'${user}'. ${rest.join(' ')}`);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a scanned error keeps the server\'s words and only them', () => {
  const frames = fc.array(
    fc.tuple(fc.constantFrom('com.sun.mail.imap.IMAPFolder', 'javax.mail.Service', 'com.atlassian.mail.MailUtils'), fc.constantFrom('open', 'connect', 'protocolConnect'), fc.nat(999)),
    { minLength: 1, maxLength: 4 },
  );

  it('keeps the IMAP tag and status before the message and leaves glued stack frames out', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('A3', 'A1', '*', 'a017'), frames, fc.boolean(), async (tag, stack, glued) => {
        const trace = stack.map(([cls, method, line]) => `at ${cls}.${method}(${cls.split('.').pop()}.java:${line})`);
        const message = `${tag} BAD User is authenticated but not connected.`;
        const line = `2014-09-12 07:40:48,051 ERROR [365 IMAP] QuartzScheduler_Worker-3 ServiceRunner Help Desk Handler[10100]: Messaging Exception in service 'MailFetcherService' when getting mail: ${message}`;
        const log = glued ? `${line} ${trace.join(' ')}\n` : `${line}\n${trace.map((t) => `\t${t}`).join('\n')}\n`;
        const report = await scanText({ 'atlassian-jira.log': log });
        expect(report.facts.errors).toEqual([message]);
        const causes = diagnose({ symptom: 'mail-oauth', errors: report.facts.errors }).causes.map((c) => c.id);
        expect(causes.length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });

  it('keeps POP and SMTP status words and plain messages as they are', () => {
    expect(errorMessage('… when getting mail: -ERR Authentication failure: unknown user name or bad password.', 'Authentication failure: unknown user name or bad password')).toBe(
      '-ERR Authentication failure: unknown user name or bad password.',
    );
    expect(errorMessage('javax.mail.AuthenticationFailedException: AUTHENTICATE failed.', 'AUTHENTICATE failed')).toBe('AUTHENTICATE failed.');
    expect(errorMessage('[c.a.j.s.login] Error occurred while trying to authenticate user \'x\'. at a.B.c(B.java:1)', "Error occurred while trying to authenticate user 'x'.")).toBe(
      "Error occurred while trying to authenticate user 'x'.",
    );
  });
});
