import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Session } from '../../../knowledge/index';
import { maskedReportInput, renderReport, type MaskedReportInput, type ReportInput } from '../../../electron/report/index';
import { reportInputFrom } from '../../../electron/report/input';
import { renderSessionReport } from '../../../electron/services/reports';
import { maskSecretsDeep } from '../../../electron/text/mask';
import { sessionOf } from '../../support/sessions';
import { planted, survivors, type Planted } from '../text/secret-shapes';

/**
 * A report's input is masked once, where it enters (`reportInputFrom`: the `report` command's file,
 * the server's and the app's saved session; `maskedReportInput`: one built in code), not again when
 * it is rendered: the renderer takes only a MaskedReportInput, which nothing else makes. Secrets are
 * planted wherever a session holds text.
 */

const at = '2026-11-20T10:00:00.000Z';

/** A session with a planted text in each place it holds free text: an answer, a request header, a body, a note. */
function sessionWith(texts: readonly string[]): Session {
  const [a = '', b = '', c = '', d = ''] = texts;
  return sessionOf({ name: 'Mail handler on prod', facts: { symptom: 'mail-oauth', errors: [a] }, requestHeaders: { 'x-note': b }, bodyExcerpt: c, notes: [d] });
}

/** The words of a PDF as a reader gets them (its text is hex-encoded in the file). */
function pdfText(pdf: Buffer): string {
  const run = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, ' ');
}

const SECRETS = ['S3cr3t-Passw0rd', 'eyJhbGciOiJIUzI1NiJ9.pat-token-value', 'azure-client-secret-value~XYZ'];
const knownSecrets = [
  `Protocol error (Authorization: Basic ${Buffer.from(`alice:${SECRETS[0]}`).toString('base64')})`,
  `Bearer ${SECRETS[1]}`,
  `{"password":"${SECRETS[0]}"}`,
  `client_secret=${SECRETS[2]} was seen in a log line`,
];

describe('a report input is masked once, where it enters', () => {
  it('leaves nothing for a second masking to find, whatever secrets the session held', () => {
    fc.assert(
      fc.property(fc.array(planted, { minLength: 4, maxLength: 4 }), (plants: Planted[]) => {
        const { input } = reportInputFrom(sessionWith(plants.map((p) => p.text)), 'session');
        expect(survivors(JSON.stringify(input), plants)).toEqual([]);
        // What renderReport no longer does for such an input would change nothing.
        expect(maskSecretsDeep(input)).toEqual(input);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps every secret out of the server's report.render in every format", async () => {
    const session = sessionWith(knownSecrets);
    for (const format of ['md', 'wiki', 'json', 'pdf'] as const) {
      const reply = await renderSessionReport(session, { sessionId: session.id, format, pageSize: 'A4', pseudonymize: false }, '2026-11-23');
      const bytes = Buffer.from(reply.base64, 'base64');
      const text = format === 'pdf' ? pdfText(bytes) : bytes.toString('utf8');
      expect(text.length).toBeGreaterThan(100);
      for (const secret of SECRETS) expect(text, format).not.toContain(secret);
    }
  });

  it('is what the renderer takes: neither a copy nor an input built in code passes for one, to the compiler', () => {
    const entered = reportInputFrom(sessionWith([]), 'session');
    expectTypeOf(entered).toEqualTypeOf<MaskedReportInput>();
    expectTypeOf(renderReport).parameter(0).toEqualTypeOf<MaskedReportInput>();
    // A copy with new values beside the masked ones is not masked, nor is a ReportInput however alike.
    expectTypeOf({ ...entered, answers: [] }).not.toExtend<MaskedReportInput>();
    expectTypeOf({ input: entered.input }).not.toExtend<MaskedReportInput>();
    expectTypeOf<ReportInput>().not.toExtend<MaskedReportInput>();
  });

  it('masks an input built in code as it becomes one', async () => {
    const made: ReportInput = { ...reportInputFrom(sessionWith([]), 'session').input, answers: [{ fact: 'errors', value: knownSecrets, source: { kind: 'user' }, at }] };
    for (const format of ['md', 'json', 'pdf'] as const) {
      const bytes = (await renderReport(maskedReportInput(made), { format, today: '2026-11-23' })).bytes;
      const text = format === 'pdf' ? pdfText(bytes) : bytes.toString('utf8');
      expect(text, format).toContain('Protocol error');
      for (const secret of SECRETS) expect(text, format).not.toContain(secret);
    }
  });
});
