import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../support/zip';

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

describe('the log scanner', () => {
  it('loads chardet and yauzl only for a log that is not UTF-8 and for a zip', async () => {
    const { packages } = await staticallyLoaded('electron/scan/index.ts');
    expect(packages).not.toContain('chardet');
    expect(packages).not.toContain('yauzl');
  });

  it("still finds both in the single executable's one CommonJS file, with no node_modules beside it", { timeout: 60_000 }, async () => {
    // Built as scripts/bundle builds the executable: CommonJS, no import.meta.url.
    const dir = await mkdtemp(join(tmpdir(), 'jira-doctor-scan-bundle-'));
    try {
      await build({ entryPoints: [join(root, 'electron/scan/index.ts')], absWorkingDir: root, outfile: join(dir, 'scan.cjs'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', define: { 'import.meta.url': 'undefined' }, logLevel: 'silent' });
      // "ユーザー" and "認証に失敗しました" in Shift_JIS.
      const user = Buffer.from('8386815b8355815b', 'hex');
      const failed = Buffer.from('94468fd882c98eb8947382b582dc82b582bd', 'hex');
      const log = Buffer.concat([
        Buffer.from("2026-11-01 10:00:00,000+0000 http-nio-8080-exec-1 WARN x 1x2x3 - 10.0.0.1 /login.jsp [c.a.j.security.login.JiraSeraphAuthenticator] The user '"),
        user,
        Buffer.from("' has FAILED authentication.  Failure count equals 3\n2026-11-01 10:00:01,000+0000 main ERROR  [c.a.mail] AUTHENTICATE failed. "),
        failed,
        Buffer.from('\n'),
      ]);
      await writeFile(join(dir, 'atlassian-jira-security.log'), log);
      await writeFile(join(dir, 'support.zip'), await zipOf({ 'application-logs/atlassian-jira-security.log': log }));
      const script = `require('./scan.cjs').scanPaths(['atlassian-jira-security.log', 'support.zip']).then((r) => process.stdout.write(JSON.stringify({ users: r.authentication.map((a) => a.user), files: r.files.map((f) => f.kind + ' ' + f.status) })))`;
      const run = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      expect(run.stderr).toBe('');
      const { users, files } = JSON.parse(run.stdout) as { users: string[]; files: string[] };
      expect(users).toEqual(['ユーザー']);
      expect(files).toContain('zip read');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
