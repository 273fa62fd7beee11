import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { FILES_HEADER, type ApiErrorBody, type ApiErrorCode, type Envelope } from '../api/wire';
import { ServiceError } from '../services/errors';
import { maskSecrets } from '../text/mask';
import type { Services } from '../services/index';
import { LOOPBACK, SECURITY_HEADERS, cookieToken, hostAllowed, originAllowed, sessionCookie, tokenMatches } from './guard';
import { openStatic, resolveStatic } from './static-files';
import { parseManifest, receiveUpload } from './upload';

/** Large enough for an imported session file (its own limit is 20 MB), small enough to refuse junk. */
const MAX_JSON_BYTES = 25 * 1024 * 1024;
const HEARTBEAT_MS = 20_000;

const STATUS: Record<ApiErrorCode, number> = { 'bad-request': 400, forbidden: 403, 'not-found': 404, 'not-available': 501, failed: 500 };

export type UiServerOptions = {
  services: Services;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The per-launch secret: in the launch URL once, then in an HttpOnly SameSite=Strict cookie. */
  token: string;
};

export type UiServer = { port: number; url: string; launchUrl: string; close(): Promise<void> };

/**
 * Browser mode: the UI and the API on loopback HTTP, for machines without the Electron runtime.
 * Every request passes the gate (Host, Origin, then the launch secret) before anything else.
 */
export async function startUiServer(options: UiServerOptions, port = 0): Promise<UiServer> {
  const sockets = new Set<Socket>();
  let actualPort = port;
  const server = createServer((req, res) => {
    handle(req, res, options, actualPort).catch((error: unknown) => {
      console.error(`jira-doctor: request failed: ${maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'failed', message: 'jira-doctor could not answer this request; try again.' } });
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${actualPort}/`;
  return {
    port: actualPort,
    url,
    launchUrl: `${url}?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        options.services.close();
        server.close(() => resolve());
        // Event streams stay open for ever; closing must not wait for them.
        for (const socket of sockets) socket.destroy();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: UiServerOptions, port: number): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
  const isApi = url.pathname.startsWith('/api/');

  if (!hostAllowed(req.headers.host, port)) {
    return refuse(res, isApi, 'forbidden', `jira-doctor answers only at http://${LOOPBACK}:${port}/ (this request named "${req.headers.host ?? 'no host'}").`);
  }
  if (!originAllowed(req.headers.origin, port)) {
    return refuse(res, isApi, 'forbidden', 'jira-doctor answers only its own page, not requests from other sites.');
  }

  // The launch URL: trade the secret for the cookie, then drop it from the address bar and history.
  const launchToken = url.searchParams.get('token');
  if (req.method === 'GET' && url.pathname === '/' && launchToken !== null) {
    if (!tokenMatches(launchToken, options.token)) {
      return refuse(res, false, 'forbidden', 'This address is from an earlier start of jira-doctor. Use the address that "npm start" printed last.');
    }
    res.writeHead(303, { location: '/', 'set-cookie': sessionCookie(port, options.token), 'cache-control': 'no-store' });
    return void res.end();
  }
  if (!tokenMatches(cookieToken(req.headers.cookie, port), options.token)) {
    return refuse(res, isApi, 'forbidden', 'Open jira-doctor with the address that "npm start" printed in the terminal (it carries the key of this start).');
  }

  if (isApi) return api(req, res, url, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, false, 'bad-request', 'Only GET is served here.');
  return serveFile(req, res, url, options.rendererDir);
}

async function api(req: IncomingMessage, res: ServerResponse, url: URL, options: UiServerOptions): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res, options);
  if (req.method !== 'POST') return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message: `Use POST for ${url.pathname}.` } });
  if (url.pathname === '/api/scan/files') return scanUpload(req, res, options);

  // A JSON content type keeps out the "simple" cross-site form posts a browser would send without asking.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message: 'API requests are JSON (Content-Type: application/json).' } });
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_JSON_BYTES));
  } catch (error: unknown) {
    const message = error instanceof ServiceError ? error.message : 'The request body is not valid JSON.';
    return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message } });
  }
  return sendEnvelope(res, await options.services.dispatch(url.pathname.slice('/api/'.length), body));
}

function events(req: IncomingMessage, res: ServerResponse, options: UiServerOptions): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': jira-doctor check events and scan progress\n\n');
  const offChecks = options.services.onCheckEvent((event) => res.write(`event: check\ndata: ${JSON.stringify(event)}\n\n`));
  const offScan = options.services.onScanProgress((progress) => res.write(`event: scan\ndata: ${JSON.stringify(progress)}\n\n`));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    offChecks();
    offScan();
  });
}

async function scanUpload(req: IncomingMessage, res: ServerResponse, options: UiServerOptions): Promise<void> {
  const aborted = new AbortController();
  res.on('close', () => aborted.abort(new Error('the page went away')));
  let envelope: Envelope<unknown>;
  try {
    const header = req.headers[FILES_HEADER];
    const manifest = parseManifest(Array.isArray(header) ? header[0] : header, req.headers['content-length']);
    const upload = await receiveUpload(req, manifest);
    try {
      envelope = { ok: true, value: await options.services.scanPaths(upload.files, aborted.signal) };
    } finally {
      await upload.cleanup();
    }
  } catch (error: unknown) {
    if (!(error instanceof ServiceError)) throw error;
    // Unread upload bytes would otherwise stall the connection before the answer arrives.
    res.setHeader('connection', 'close');
    envelope = { ok: false, error: error.toBody() };
  }
  sendEnvelope(res, envelope);
}

async function serveFile(req: IncomingMessage, res: ServerResponse, url: URL, rendererDir: string): Promise<void> {
  const file = await resolveStatic(rendererDir, url.pathname);
  if (!file) {
    const built = await resolveStatic(rendererDir, '/index.html');
    return refuse(res, false, 'not-found', built ? `${url.pathname} is not part of jira-doctor.` : 'The user interface is not built yet: run "npm run build", then "npm start" again.');
  }
  res.writeHead(200, { 'content-type': file.type, 'content-length': file.size, 'cache-control': 'no-cache' });
  if (req.method === 'HEAD') return void res.end();
  await pipeline(openStatic(file), res);
}

function refuse(res: ServerResponse, asJson: boolean, code: ApiErrorCode, message: string): void {
  if (asJson) return sendJson(res, STATUS[code], { ok: false, error: { code, message } });
  res.writeHead(STATUS[code], { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${message}\n`);
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown> | { ok: false; error: ApiErrorBody }): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ServiceError('bad-request', `The request is larger than ${limit / 1024 / 1024} MB.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
