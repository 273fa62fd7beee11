// Ports that never answer, for the hostile-answer tests and the benchmark: one that accepts
// connections and then says nothing, and one that never accepts them (its queue is full, so the
// kernel drops new connection attempts, as a filtering firewall does).
import { spawn } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';

export type SilentPort = { url: string; stop: () => Promise<void> };

export async function acceptsNeverAnswers(): Promise<SilentPort> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Python listens with a backlog of 0 and never calls accept(); Node cannot decline to accept. */
export async function neverAccepts(): Promise<SilentPort> {
  const child = spawn('python3', ['-c', "import socket,time\ns=socket.socket();s.bind(('127.0.0.1',0));s.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(3600)"]);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
  });
  // Fill the accept queue; from then on the kernel drops connection attempts.
  const fillers = Array.from({ length: 3 }, () => connect(port, '127.0.0.1').on('error', () => undefined));
  await new Promise((r) => setTimeout(r, 200));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const f of fillers) f.destroy();
      child.kill();
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    },
  };
}
