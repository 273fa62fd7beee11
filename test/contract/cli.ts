import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The product as a user meets it: `node bin/jira-doctor.js …` after `node scripts/build.js`.
 * Contract tests only see standard output, standard error and the exit code.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/jira-doctor.js');
/** The day every diagnosis is made on, so that secret expiry dates stay fixed. */
export const TODAY = '2026-11-23';

/**
 * Builds once per test run: the contract files run in parallel workers of one vitest process, and a
 * build that rewrites dist/ while another worker runs the command line would read half a file.
 */
export function buildOnce(): void {
  const marker = join(tmpdir(), `jira-doctor-contract-built-${process.ppid}`);
  execFileSync('flock', [join(tmpdir(), 'jira-doctor-contract-build.lock'), 'sh', '-c', `[ -f "$1" ] || { "$2" scripts/build.js && touch "$1"; }`, 'sh', marker, process.execPath], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

export type Run = { code: number; stdout: string; stderr: string };

export function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

let dir: string | undefined;
let count = 0;
/** A fresh path in this worker's scratch folder. */
function scratchPath(name: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'jira-doctor-contract-'));
  return join(dir, `${count++}-${name}`);
}

/** Writes text into a fresh file of this worker's scratch folder and returns its path. */
export function scratchFile(name: string, text: string): string {
  const path = scratchPath(name);
  writeFileSync(path, text);
  return path;
}

/** A fresh, empty folder in this worker's scratch folder. */
export function scratchDir(name: string): string {
  const path = scratchPath(name);
  mkdirSync(path);
  return path;
}

export type ContractCause = { id: string; status: 'confirmed' | 'likely' | 'possible'; title: string; because: string[]; solution: string };
export type ContractDiagnosis = { causes: ContractCause[]; ruledOut: { id: string; because: string[] }[] };

/** `diagnose --facts FILE --format json` for a facts object (or raw file text); fails loudly on a non-zero exit. */
export async function diagnose(facts: Record<string, unknown> | string): Promise<ContractDiagnosis> {
  const file = scratchFile('facts.json', typeof facts === 'string' ? facts : JSON.stringify(facts));
  const result = await run(['diagnose', '--facts', file, '--format', 'json', '--today', TODAY]);
  if (result.code !== 0) throw new Error(`diagnose exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ContractDiagnosis;
}

export type Status = ContractCause['status'] | 'ruled-out';

/** The status of one cause in a diagnosis, ruled-out included; undefined when the cause is absent. */
export function statusIn(d: ContractDiagnosis, id: string): Status | undefined {
  if (d.ruledOut.some((c) => c.id === id)) return 'ruled-out';
  return d.causes.find((c) => c.id === id)?.status;
}

export function causeIn(d: ContractDiagnosis, id: string): ContractCause {
  const cause = d.causes.find((c) => c.id === id);
  if (!cause) throw new Error(`${id} is not an open cause: ${JSON.stringify(d.causes.map((c) => [c.id, c.status]))}, ruled out ${JSON.stringify(d.ruledOut.map((c) => c.id))}`);
  return cause;
}

/** Causes that a pasted error lit up: confirmed or likely. */
export function lit(d: ContractDiagnosis): string[] {
  return d.causes.filter((c) => c.status !== 'possible').map((c) => c.id).sort();
}
