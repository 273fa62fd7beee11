import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const FOLDERS = ['dist/cli', 'dist/start', 'dist/electron'];

describe('scripts/build.js', () => {
  it('leaves no chunk of an earlier build in dist/, and every chunk the built code imports is there', () => {
    // What an earlier build of other code would have left: content-named chunks nothing imports any more.
    const stale = FOLDERS.filter((folder) => existsSync(join(root, folder))).flatMap((folder) => [join(root, folder, 'chunk-STALE000.js'), join(root, folder, 'scan-OLD00000.js.map')]);
    for (const file of stale) writeFileSync(file, 'export const old = 1;\n');
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    for (const file of stale) expect(existsSync(file), `${file} is still there`).toBe(false);
    for (const folder of FOLDERS) {
      const dir = join(root, folder);
      const files = readdirSync(dir);
      for (const script of files.filter((f) => f.endsWith('.js'))) {
        for (const [, imported] of readFileSync(join(dir, script), 'utf8').matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)) {
          expect(files, `${folder}/${script} imports ${imported}`).toContain(imported);
        }
      }
    }
    expect(existsSync(join(root, 'dist/renderer/index.html'))).toBe(true);
  }, 180_000);
});
