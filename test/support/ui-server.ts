import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { filesIn } from '../../electron/resources/app-files';
import { startUiServer, type UiServer } from '../../electron/server/server';
import { assembleServices } from '../../electron/services/assemble';

export type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Another server's port than the test server's (one started by the test itself). */
  port?: number;
  /**
   * The server may answer (413) and close before the whole body is sent: the reset that follows is
   * not an error then.
   */
  answeredEarly?: boolean;
};

/** The browser-mode UI server of a test, over a temporary data folder, with the cookie a launched page holds. */
export type TestUiServer = {
  server: UiServer;
  /** The temporary folder: the renderer's files in `renderer`, the data folder in `data`. */
  dir: string;
  secret: string;
  cookie: string;
  /**
   * A raw HTTP request (fetch would not let a test set Host), on a connection of its own: a
   * kept-alive socket of a server that was stopped would be reset on reuse.
   */
  send(path: string, options?: RawRequest): Promise<Reply>;
  /** A call of the API with the page's cookie, as the page makes it. */
  api(channel: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
};

/** Starts browser mode's UI server serving `rendererFiles` (paths relative to the renderer folder). */
export async function startTestUiServer(name: string, rendererFiles: Record<string, string | Buffer>): Promise<TestUiServer> {
  const dir = await mkdtemp(join(tmpdir(), `jira-doctor-${name}-`));
  const rendererDir = join(dir, 'renderer');
  for (const [path, content] of Object.entries(rendererFiles)) {
    await mkdir(dirname(join(rendererDir, path)), { recursive: true });
    await writeFile(join(rendererDir, path), content);
  }
  const secret = `cookie-secret-of-the-${name}-test-0123456789`;
  const services = assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: join(dir, 'data') });
  const server = await startUiServer({ services, renderer: filesIn(rendererDir), cookieSecret: secret, uploadDir: join(dir, 'data', 'uploads') });
  const cookie = `jira_doctor_${server.port}=${secret}`;
  const send = (path: string, options: RawRequest = {}) => rawRequest(options.port ?? server.port, path, options);
  return {
    server,
    dir,
    secret,
    cookie,
    send,
    api: (channel, body, headers = {}) =>
      send(`/api/${channel}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function rawRequest(port: number, path: string, options: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (options.answeredEarly && (error.code === 'EPIPE' || error.code === 'ECONNRESET') ? undefined : reject(error)));
    req.end(options.body);
  });
}
