import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestbed } from '../../testbed';
import { freePort, ServerExitedError, startProcess, waitForPort } from '../../testbed/processes';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the test bed lifecycle', () => {
  it('stops every server it started, by process id, and removes its folder', async () => {
    const testbed = await startTestbed({ parts: ['proxy', 'mail'] });
    expect(testbed.servers.map((s) => s.name).sort()).toEqual(['dovecot', 'squid', 'tinyproxy']);
    expect(testbed.servers.every((s) => alive(s.pid))).toBe(true);
    await testbed.stop();
    expect(testbed.servers.filter((s) => alive(s.pid))).toEqual([]);
    expect(existsSync(testbed.dir)).toBe(false);
    await testbed.stop(); // a second stop is harmless
  });

  it('reports a server that exits before it listens, with the end of its log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jira-doctor-lifecycle-'));
    const server = startProcess('haproxy', 'haproxy', ['-f', join(dir, 'missing.cfg'), '-db'], join(dir, 'haproxy.log'));
    const waiting = waitForPort(server, await freePort());
    await expect(waiting).rejects.toThrow(/haproxy exited \(code \d+\) before listening on \d+:[\s\S]*missing\.cfg/);
    await expect(waiting).rejects.toBeInstanceOf(ServerExitedError); // which startTestbed answers with one more try
    expect(alive(server.pid)).toBe(false);
    await rm(dir, { recursive: true });
  });
});
