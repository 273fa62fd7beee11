// Starting and stopping the real servers of the test bed: each one runs in the foreground as a
// child of this process, on a free loopback port, is waited for until its port accepts
// connections, and is stopped by its own process id (never by name, so test beds can run side by side).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** A port that was free a moment ago (the OS picks it; the server binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: LOOPBACK, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A server process started by the test bed, with its log file for when it misbehaves. */
export type ServerProcess = { name: string; pid: number; logFile: string; child: ChildProcess; exited: Promise<number | null>; stopGraceMs: number };

/** `stopGraceMs`: how long a stop waits after SIGTERM before it kills the process group. */
export function startProcess(name: string, command: string, args: string[], logFile: string, stopGraceMs = 8_000): ServerProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group (id = its pid): servers such as dovecot have children, and a forced stop
  // must take them along. It also keeps a terminal's Ctrl-C away, so the test bed stops them in order.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      log.write(`\n[testbed] could not start ${command}: ${error.message}\n`);
      resolve(null);
    });
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command} (is it installed?)`);
  return { name, pid: child.pid, logFile, child, exited, stopGraceMs };
}

export async function logTail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-15).join('\n');
}

/** A server ended before it listened: a bad configuration, or its port was taken meanwhile. */
export class ServerExitedError extends Error {}

/** True for failures that a second start with newly chosen ports may not meet again. */
export const mayBePortRace = (error: unknown): boolean =>
  error instanceof ServerExitedError || (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * A server's start on a loaded CI machine can take many seconds; waiting longer costs nothing when
 * it is quick, and the suites' hooks (60 s) still bound the wait.
 */
export const START_TIMEOUT_MS = 30_000;

/** Resolves once `port` accepts connections; fails early, with the server's log, if it exits. */
export async function waitForPort(server: ServerProcess, port: number, timeoutMs = START_TIMEOUT_MS): Promise<void> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) throw new ServerExitedError(`${server.name} exited (code ${String(exitCode)}) before listening on ${port}:\n${await logTail(server.logFile)}`);
    if (await canConnect(port)) return;
    if (Date.now() > deadline) throw new Error(`${server.name} did not listen on ${port} within ${timeoutMs} ms:\n${await logTail(server.logFile)}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing to stop.
  }
}

/** Last resort, also usable while Node exits: the server and anything it started. */
export function killGroup(server: ServerProcess): void {
  signal(-server.pid, 'SIGKILL');
}

/** SIGTERM, then SIGKILL to its process group if it is still there after its grace time. */
export async function stopProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  signal(server.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(server), server.stopGraceMs);
  await server.exited;
  clearTimeout(timer);
  // A child left behind (e.g. a dovecot login process still holding a client) goes with its group.
  killGroup(server);
}
