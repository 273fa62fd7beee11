import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge/index';
import type { Provenance } from '../../../knowledge/contract/diagnosis';
import { appFiles } from '../../../electron/resources/app-files';
import { createSources } from '../../../electron/services/sources';
import { ServiceError } from '../../../electron/services/errors';

const sources = createSources(appFiles('sources'));

describe('source sections', () => {
  it('run from their heading to the next one', async () => {
    const cause = await sources.section('000', 'Cause 2');
    expect(cause.heading).toBe('Cause 2');
    expect(cause.originalHeading).toBeUndefined();
    expect(cause.text).toMatch(/^If LDAP is clustered/);
    expect(cause.text).not.toContain('Solution 1');
    expect(cause.title).toBe('Jira Data Center requests intermittently fail with 401 Error');
  });

  it('are found by the English name of a Japanese heading, and by the short name of a long one', async () => {
    const solution = await sources.section('001', 'Solution for Root Cause 8');
    expect(solution.heading).toBe('Solution for Root Cause 8');
    expect(solution.originalHeading).toBe('根本原因の解決策 8');
    expect(solution.text).toContain('multi-tenant');
    expect(await sources.section('001', '要約 (Summary)')).toMatchObject({ heading: 'Summary', originalHeading: '要約' });
    expect(await sources.section('001', 'Solution 3')).toMatchObject({ heading: 'Solution for Root Cause 3', originalHeading: '根本原因の解決策 3' });
    expect((await sources.section('001', 'Root Cause 13')).heading).toMatch(/^Root Cause 13 - \(Jira Data Center Only\)/);
    expect((await sources.section('002', 'captchas')).text).toContain('X-Seraph-LoginReason');
  });

  it('name the sections there are when one is not found', async () => {
    const error = (await sources.section('003', 'Installation').catch((e: unknown) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('Requirements and Setup, Risks and Problems');
  });

  it('exist for every article section the knowledge base cites', async () => {
    const cited = new Map<string, Provenance>();
    const visit = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      const source = record.source as Provenance | undefined;
      if (source && typeof source.section === 'string' && source.article !== 'facts') cited.set(`${source.article} ${source.section}`, source);
      Object.values(record).forEach(visit);
    };
    visit(knowledge);
    expect(cited.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [label, source] of cited) {
      await sources.section(source.article as '000', source.section).catch(() => missing.push(label));
    }
    expect(missing).toEqual([]);
  });
});
