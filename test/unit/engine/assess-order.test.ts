import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../knowledge/engine/engine';
import * as templates from '../../../knowledge/engine/templates';
import { knowledge } from '../../../knowledge/kb';
import { JSM_421_GCC_HIGH } from '../../support/mail-cases';

vi.mock('../../../knowledge/engine/templates', async (original) => {
  const actual = await original<typeof templates>();
  return { ...actual, render: vi.fn(actual.render) };
});

const today = '2026-11-23';

// The scopes fix waits for the JSM upgrade (knowledge `after`).
const waiting = JSM_421_GCC_HIGH;

const notes = new Set(knowledge.causes.flatMap((c) => (c.after ?? []).map((a) => a.note)));

describe("assess (the side panel's call) and a cause whose fix waits for another's", () => {
  afterEach(() => vi.mocked(templates.render).mockClear());

  it('orders the causes as diagnose does, the upgrade right before the scopes fix', () => {
    const engine = createEngine(knowledge);
    const diagnosis = engine.diagnose(waiting, { today });
    const scopes = diagnosis.causes.find((c) => c.id === 'mail-oauth/scopes');
    expect(scopes?.after?.map((a) => a.id)).toEqual(['mail-oauth/gov-cloud']);
    const ids = engine.assess(waiting, { today }).map((c) => c.id);
    expect(ids).toEqual([...diagnosis.causes, ...diagnosis.ruledOut].map((c) => c.id));
    expect(ids.indexOf('mail-oauth/gov-cloud')).toBeLessThan(ids.indexOf('mail-oauth/scopes'));
  });

  it('renders no prerequisite note to find that order', () => {
    const engine = createEngine(knowledge);
    engine.assess(waiting, { today });
    const rendered = vi.mocked(templates.render).mock.calls.map(([template]) => template);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.filter((t) => notes.has(t))).toEqual([]);
    // diagnose does render them, so the check above can see one.
    engine.diagnose(waiting, { today });
    expect(vi.mocked(templates.render).mock.calls.some(([template]) => notes.has(template))).toBe(true);
  });
});
