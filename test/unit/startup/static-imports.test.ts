import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What a start loads before it does anything: the modules an entry imports statically, and what
 * they import statically in turn. A command's machinery belongs behind `await import()` in its action,
 * browser mode's services behind the printed address; these tests fail when a static import drags
 * them back into every start.
 */

const root = join(import.meta.dirname, '..', '..', '..');

/** The project files and packages reached from `entry` through static imports only. */
async function staticallyLoaded(entry: string): Promise<{ files: string[]; packages: string[] }> {
  const result = await build({ entryPoints: [join(root, entry)], absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent', outdir: 'out' });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'));
      else visit(imported.path);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages].filter((p) => !p.startsWith('node:')) };
}

describe('the command line', () => {
  it('loads only commander and the option declarations before a command runs', async () => {
    const { files, packages } = await staticallyLoaded('electron/cli/main.ts');
    expect(packages).toEqual(['commander']);
    for (const heavy of ['knowledge/kb.ts', 'knowledge/core.ts', 'knowledge/contract/facts.ts', 'knowledge/engine/engine.ts', 'electron/text/wrap.ts', 'electron/report/input.ts', 'electron/checks/runner.ts', 'electron/scan/index.ts', 'electron/checks/microsoft.ts', 'electron/checks/words.ts']) {
      expect(files, `${heavy} is loaded by every start of the command line`).not.toContain(heavy);
    }
  });
});

describe('browser mode', () => {
  it('loads neither the services, nor the knowledge, nor zod before its address is printed', async () => {
    const { files, packages } = await staticallyLoaded('electron/shell/launch.ts');
    expect(packages).toEqual([]);
    for (const heavy of ['electron/services/index.ts', 'electron/services/assemble.ts', 'electron/api/contract.ts', 'electron/sessions/session-store.ts', 'knowledge/core.ts', 'knowledge/kb.ts']) {
      expect(files, `${heavy} is loaded before the address is printed`).not.toContain(heavy);
    }
  });
});
