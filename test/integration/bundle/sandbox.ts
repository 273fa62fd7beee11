import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * Where the executable is run as on a locked-down server: an empty environment (no PATH, so no node,
 * npm or anything else found by name; a temporary HOME) inside a network namespace of its own
 * (`unshare -n`), which has no network interface but loopback, and loopback down unless asked for.
 */

export type Run = { code: number | null; stdout: string; stderr: string };

const tool = (name: string) => execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
const IP = tool('ip');
const MOUNT = tool('mount');

export type SandboxOptions = {
  home: string;
  cwd: string;
  /** Bring loopback up inside the namespace (only the UI needs it). */
  loopback?: boolean;
  /** Mount the working folder read-only (a mount namespace of its own as well). */
  readOnlyCwd?: boolean;
  /** Join the network namespace of this running sandboxed process instead of making a new one. */
  joinNetworkOf?: number;
  input?: string;
  timeoutMs?: number;
};

/** The shell line run inside the namespaces before the executable replaces it. */
function prelude(options: SandboxOptions): string {
  return [
    options.loopback ? `${IP} link set lo up` : ':',
    options.readOnlyCwd ? `${MOUNT} --bind "$JD_CWD" "$JD_CWD" && ${MOUNT} -o remount,bind,ro "$JD_CWD"` : ':',
    'cd "$JD_CWD"',
    // Nothing of the test's environment reaches the executable: HOME only.
    'exec env -i HOME="$JD_HOME" "$JD_EXE" "$@"',
  ].join(' && ');
}

/** Starts `exe args` in the sandbox; the caller reads its output and waits for it. */
export function startSandboxed(exe: string, args: string[], options: SandboxOptions): ChildProcess {
  const namespaces = options.joinNetworkOf ? ['nsenter', '-t', String(options.joinNetworkOf), '-n', ...(options.readOnlyCwd ? ['unshare', '-m'] : [])] : ['unshare', '-n', ...(options.readOnlyCwd ? ['-m'] : [])];
  return spawn(namespaces[0]!, [...namespaces.slice(1), '/bin/sh', '-c', prelude(options), 'sh', ...args], {
    env: { PATH: process.env.PATH ?? '', JD_EXE: exe, JD_HOME: options.home, JD_CWD: options.cwd },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export async function runSandboxed(exe: string, args: string[], options: SandboxOptions): Promise<Run> {
  return collect(startSandboxed(exe, args, options), options);
}

/** Runs a command outside any sandbox (the npm command line, or the executable against the test bed). */
export function runPlain(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number }): Promise<Run> {
  return collect(spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] }), options);
}

async function collect(child: ChildProcess, options: { input?: string; timeoutMs?: number }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  // A command that reads no input may have exited before its input is written.
  child.stdin!.on('error', () => {});
  child.stdin!.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** Waits until the child's standard output matches, or fails with what it said. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${String(pattern)} within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const look = (c: Buffer) => {
      output += c.toString();
      const found = pattern.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before ${String(pattern)}: ${output}`));
    });
  });
}
