import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knowledge } from '../../../knowledge';
import { scanPaths } from '../../../electron/scan/index';

/**
 * Files made to hurt the scanner: zips whose entries share one compressed stream or inflate past
 * any sense, entries named to climb out of the zip, folders that link back into themselves, and
 * gzip files with bytes after their end or a checksum that does not match. Each is built here.
 */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jira-doctor-hostile-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const scan = (paths: string[], inflation?: { ratio: number; min: number }) => scanPaths(paths, { signatures: knowledge.signatures, ...(inflation ? { inflation } : {}) });

const LINE = "2023-02-20 17:09:00,989+0000 http-nio-8080-exec-1 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/myself The user 'svc' has FAILED authentication. Failure count equals 15\n";
const ORDINARY = '2023-02-20 17:09:01,000+0000 main INFO [c.a.jira.startup] an ordinary line of an ordinary log\n';

type ZipEntry = {
  name: string;
  data: Buffer;
  /** Point this entry at the data of an earlier one (by index). */
  sharesDataOf?: number;
  /** The size the zip claims the entry inflates to, when it is not the truth. */
  declaredSize?: number;
  /** Replaces the deflated data (damage). */
  compressed?: Buffer;
};

/** A zip written byte by byte (deflate), so that it can be what no zip tool would write. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  const deflated = new Map<Buffer, { compressed: Buffer; crc: number }>();
  const pack = (data: Buffer) => {
    if (!deflated.has(data)) deflated.set(data, { compressed: deflateRawSync(data), crc: crc32(data) });
    return deflated.get(data)!;
  };
  let offset = 0;
  for (const [i, entry] of entries.entries()) {
    const name = Buffer.from(entry.name);
    const { crc } = pack(entry.data);
    const compressed = entry.compressed ?? pack(entry.data).compressed;
    let at = offset;
    if (entry.sharesDataOf === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(entry.declaredSize ?? entry.data.length, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, compressed);
      offset += 30 + name.length + compressed.length;
    } else {
      at = offsets[entry.sharesDataOf]!;
    }
    offsets[i] = at;
    const shared = entries[entry.sharesDataOf ?? i]!;
    const sharedName = Buffer.from(shared.name);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(pack(shared.data).crc, 16);
    header.writeUInt32LE((shared.compressed ?? pack(shared.data).compressed).length, 20);
    header.writeUInt32LE(shared.declaredSize ?? shared.data.length, 24);
    // A shared entry keeps the name of its local header, or yauzl's check of the two names fails first.
    header.writeUInt16LE((entry.sharesDataOf === undefined ? name : sharedName).length, 28);
    header.writeUInt32LE(at, 42);
    central.push(header, entry.sharesDataOf === undefined ? name : sharedName);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('support zips built to hurt', () => {
  it('reads one big stream shared by 100 entries once, and says the others were skipped', async () => {
    const log = Buffer.from(LINE + ORDINARY.repeat(200_000));
    const bomb = zip([{ name: 'atlassian-jira-security.log', data: log }, ...Array.from({ length: 99 }, () => ({ name: 'x', data: log, sharesDataOf: 0 }))]);
    await writeFile(join(dir, 'support.zip'), bomb);
    const report = await scan([join(dir, 'support.zip')]);
    const zipFile = report.files.find((f) => f.kind === 'zip')!;
    expect(zipFile.notes.join(' ')).toMatch(/99 entries share their compressed data with another .* skipped/);
    expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(1);
  });

  it('stops at the inflation budget with a message, keeping what was read before', async () => {
    const log = Buffer.from(LINE + ORDINARY.repeat(100_000));
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `logs/atlassian-jira-security.log.${i + 1}`, data: log }));
    await writeFile(join(dir, 'bomb.zip'), zip(entries));
    const report = await scan([join(dir, 'bomb.zip')], { ratio: 1, min: 4 * log.length + 1000 });
    const zipFile = report.files.find((f) => f.kind === 'zip')!;
    expect(zipFile.status).toBe('partial');
    expect(zipFile.problem).toMatch(/inflate to more than [\d.]+ [MG]B from [\d.]+ MB \(over \d+ times its size\): a zip bomb or a damaged zip, so reading stopped there/);
    expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(4);
  });

  it('reads an entry that inflates to more or less than the zip says up to where it can tell, and says so', async () => {
    const data = Buffer.from(LINE.repeat(5000));
    for (const [declaredSize, words] of [
      [data.length - 100, `too many bytes in the stream. expected ${data.length - 100}`],
      [data.length + 100, `not enough bytes in the stream. expected ${data.length + 100}. got only ${data.length}`],
    ] as const) {
      const path = join(dir, `support-${declaredSize}.zip`);
      await writeFile(path, zip([{ name: 'application-logs/atlassian-jira-security.log', data, declaredSize }]));
      const report = await scan([path]);
      const entry = report.files.find((f) => f.name.endsWith('atlassian-jira-security.log'))!;
      expect(entry.status).toBe('partial');
      expect(entry.problem).toContain(words);
      // What came before the point where the size gave it away was read.
      expect(report.authentication[0]!.failed).toBeGreaterThan(0);
    }
  });

  it('reports a damaged deflate stream in an entry and reads the other entries', async () => {
    const data = Buffer.from(LINE.repeat(2000));
    const damaged = Buffer.from(deflateRawSync(data));
    damaged.fill(0xff, 40, 80);
    const path = join(dir, 'support.zip');
    await writeFile(
      path,
      zip([
        { name: 'application-logs/atlassian-jira-security.log', data, compressed: damaged },
        { name: 'application-logs/atlassian-jira-security.log.1', data },
      ]),
    );
    const report = await scan([path]);
    const [first, second] = ['atlassian-jira-security.log', 'atlassian-jira-security.log.1'].map((n) => report.files.find((f) => f.name.endsWith(`/${n}`))!);
    expect(first!.status).toBe('partial');
    expect(first!.problem).toMatch(/^reading stopped early \(.*invalid.*\)/);
    expect(second!.status).toBe('read');
    expect(report.authentication[0]!.failed).toBeGreaterThanOrEqual(2000);
  });

  it('finds in a zipped log what it finds in the log itself, however large the entry', async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => LINE.replace("'svc'", `'user${i % 97}'`).replace('equals 15', `equals ${i % 13}`).replace(':00,989', `:${String(i % 60).padStart(2, '0')},989`));
    const data = Buffer.from(`${lines.join('')}${ORDINARY}`);
    const log = join(dir, 'atlassian-jira-security.log');
    await writeFile(log, data);
    const path = join(dir, 'support.zip');
    await writeFile(path, zip([{ name: 'application-logs/atlassian-jira-security.log', data }]));
    const [zipped, plain] = [await scan([path]), await scan([log])];
    expect(zipped.authentication).toEqual(plain.authentication);
    expect(zipped.signatures.map(({ file: _f, ...s }) => s)).toEqual(plain.signatures.map(({ file: _f, ...s }) => s));
    expect(zipped.files.find((f) => f.name.endsWith('.log'))!.lines).toBe(plain.files[0]!.lines);
  });

  it('skips an entry named to climb out of the zip, reports it, and reads the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('../', '../../', '/', 'logs/../../', 'C:/'), async (escape) => {
        const evil = `${escape}atlassian-jira-security.log`;
        await writeFile(join(dir, 'support.zip'), zip([{ name: evil, data: Buffer.from(LINE) }, { name: 'logs/atlassian-jira-security.log', data: Buffer.from(LINE + LINE) }]));
        const report = await scan([join(dir, 'support.zip')]);
        const zipFile = report.files.find((f) => f.kind === 'zip')!;
        expect(zipFile.status).toBe('read');
        expect(zipFile.notes.join(' ')).toContain(`1 entry named to lead outside the zip (${JSON.stringify(evil)}) was skipped`);
        expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(2);
      }),
      { numRuns: 5 },
    );
  });
});

describe('folders that link back into themselves', () => {
  it('reads each real file once', async () => {
    const home = join(dir, 'jira-home');
    await mkdir(home);
    await writeFile(join(home, 'atlassian-jira-security.log'), LINE);
    await symlink('.', join(home, 'log'));
    await symlink('atlassian-jira-security.log', join(home, 'atlassian-jira-security.log.1'));
    const report = await scan([home, join(home, 'log'), join(home, 'log', 'atlassian-jira-security.log')]);
    expect(report.files.filter((f) => f.kind === 'log')).toHaveLength(1);
    expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(1);
  });
});

/** What `zcat` prints for a file, and how it ends. */
function zcat(path: string): { lines: number; status: number | null; stderr: string } {
  const result = spawnSync('zcat', [path], { maxBuffer: 1 << 30 });
  return { lines: result.stdout.toString('latin1').split('\n').length - 1, status: result.status, stderr: result.stderr.toString() };
}

describe('gzip files with more or less than gzip in them', () => {
  const log = Buffer.from((LINE + ORDINARY.repeat(50)).repeat(400));

  it('reads what zcat reads when bytes that are not gzip follow, and says how many were ignored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 5000 }).filter((b) => b[0] !== 0x1f && b[0] !== 0), async (garbage) => {
        const path = join(dir, 'atlassian-jira-security.log.1.gz');
        await writeFile(path, Buffer.concat([gzipSync(log), garbage]));
        const report = await scan([path]);
        const file = report.files.find((f) => f.kind === 'gzip-log')!;
        expect(file.lines).toBe(zcat(path).lines);
        expect(file.status).toBe('read');
        expect(file.notes.join(' ')).toContain(`${garbage.length} byte${garbage.length === 1 ? '' : 's'} after the compressed log`);
        expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(400);
      }),
      { numRuns: 10 },
    );
  });

  it('reads every member of a gzip made of several, as zcat does', async () => {
    const path = join(dir, 'atlassian-jira-security.log.2.gz');
    await writeFile(path, Buffer.concat([gzipSync(log), gzipSync(log), gzipSync(Buffer.from(LINE))]));
    const report = await scan([path]);
    expect(report.files[0]).toMatchObject({ status: 'read', lines: zcat(path).lines });
    expect(report.signatures.find((s) => s.id === 'security-failed')?.count).toBe(801);
  });

  it('reads everything of a gzip whose checksum is wrong, as zcat does, and says it is damaged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 255 }), async (fromEnd, flip) => {
        const path = join(dir, 'atlassian-jira-security.log.3.gz');
        const damaged = Buffer.from(gzipSync(log));
        damaged[damaged.length - fromEnd]! ^= flip;
        await writeFile(path, damaged);
        const report = await scan([path]);
        const file = report.files[0]!;
        const zcatSaw = zcat(path);
        expect(zcatSaw.status).not.toBe(0);
        expect(file.lines).toBe(zcatSaw.lines);
        expect(file.status).toBe('partial');
        expect(file.problem).toMatch(/damaged: its checksum does not match what it holds, so some lines may be garbled \(everything was scanned\)/);
      }),
      { numRuns: 8 },
    );
  });

  it('says a gzip cut short ends early, having read the part before the cut', async () => {
    const path = join(dir, 'atlassian-jira-security.log.4.gz');
    const whole = gzipSync(log);
    await writeFile(path, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const report = await scan([path]);
    expect(report.files[0]!.status).toBe('partial');
    expect(report.files[0]!.problem).toMatch(/ends early/);
    expect(report.files[0]!.lines).toBeGreaterThan(0);
  });
});
