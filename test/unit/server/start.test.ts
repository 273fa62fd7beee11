import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** `npm start` as the admin runs it: the start script, its output, its exit. */

const root = join(import.meta.dirname, '../../..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-start-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function start(args: string[], env: NodeJS.ProcessEnv) {
  // Without a display unless the test gives one, and never the runtime of the machine running the tests.
  const clean: NodeJS.ProcessEnv = { ...process.env, JIRA_DOCTOR_DATA_DIR: join(dir, 'data') };
  delete clean.ELECTRON_OVERRIDE_DIST_PATH;
  delete clean.DISPLAY;
  delete clean.WAYLAND_DISPLAY;
  Object.assign(clean, env);
  const child = spawn(process.execPath, ['scripts/start.js', ...args], { cwd: root, env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return {
    child,
    output: () => output,
    /** Waits for the address line; the child keeps serving until killed. */
    address: () =>
      new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
          if (found) {
            clearInterval(timer);
            resolve(found[0]);
          }
        }, 50);
        child.once('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`exited ${code}: ${output}`));
        });
      }),
  };
}

async function stop(child: ReturnType<typeof spawn>) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** A stand-in Electron runtime: a script that records how it was called and exits with `code`. */
async function fakeRuntime(code: number): Promise<string> {
  const runtime = join(dir, 'electron-dist');
  await mkdir(runtime);
  const executable = join(runtime, 'electron');
  await writeFile(executable, `#!/bin/sh\necho "$@" > "${join(dir, 'called-with')}"\nexit ${code}\n`);
  await chmod(executable, 0o755);
  return runtime;
}

describe('npm start', () => {
  it('says in one sentence why there is no window, then serves the UI on loopback', async () => {
    const app = start(['--no-open', '--port', '0'], {});
    try {
      const address = await app.address();
      const lines = app.output().trim().split('\n');
      expect(lines[0]).toMatch(/^The desktop window is not available here because .+, so jira-doctor runs in your web browser instead\.$/);
      expect(lines[1]).toBe(`jira-doctor is running at ${address} (Ctrl+C to stop)`);
      const reply = await fetch(address, { redirect: 'manual' });
      expect(reply.status).toBe(303);
    } finally {
      await stop(app.child);
    }
  }, 30_000);

  it('goes straight to the browser with --browser, on the port asked for', async () => {
    const app = start(['--browser', '--no-open', '--port', '0'], { DISPLAY: ':0' });
    try {
      await app.address();
      expect(app.output()).not.toContain('not available');
    } finally {
      await stop(app.child);
    }
  }, 30_000);

  it('opens the desktop window where the runtime is, and ends with it', async () => {
    const runtime = await fakeRuntime(0);
    const app = start([], { ELECTRON_OVERRIDE_DIST_PATH: runtime, DISPLAY: ':0' });
    const [code] = (await once(app.child, 'exit')) as [number];
    expect(code).toBe(0);
    expect((await readFile(join(dir, 'called-with'), 'utf8')).trim()).toBe(root);
    expect(app.output()).toBe('');
  }, 30_000);

  it('falls back to the browser when the window cannot start', async () => {
    const runtime = await fakeRuntime(1);
    const app = start(['--no-open'], { ELECTRON_OVERRIDE_DIST_PATH: runtime, DISPLAY: ':0' });
    try {
      await app.address();
      expect(app.output()).toMatch(/^The desktop window could not start here, so jira-doctor runs in your web browser instead\.\n/);
    } finally {
      await stop(app.child);
    }
  }, 30_000);

  it('refuses a bad option with a plain message and exit code 2', async () => {
    const app = start(['--port', 'eighty'], {});
    const [code] = (await once(app.child, 'exit')) as [number];
    expect(code).toBe(2);
    expect(app.output()).toContain('--port takes a port number');
  }, 30_000);
});
