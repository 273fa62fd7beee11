import { describe, expect, it } from 'vitest';
import { unresolvedCitations } from '../../../electron/cli/knowledge-check';

describe('knowledge check: citations', () => {
  it('looks each distinct citation up in the bundled article and names the ones that do not resolve', async () => {
    const problems = await unresolvedCitations([
      { article: '001', section: 'Root Cause 10' },
      { article: '001', section: 'Root Cause 99' },
      { article: '001', section: 'Root Cause 99' },
      { article: 'facts', section: '§4.3' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^citation article 001 "Root Cause 99" \(2 items\): Article 001 has no section "Root Cause 99"/);
  });
});
