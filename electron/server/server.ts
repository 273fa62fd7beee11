import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FILES_HEADER, type ApiErrorBody, type ApiErrorCode, type Envelope } from '../api/wire';
import { ServiceError } from '../services/errors';
import { languageFromAcceptLanguage } from '../../knowledge/i18n/language';
import { inLanguage } from '../text/run-language';
import { SERVICE_WORDS, serviceWords } from '../services/words';
import { maskSecrets } from '../text/mask';
import type { FileReader } from '../resources/app-files';
import type { Services } from '../services/index';
import type { AppInfo } from '../api/contract';
import { LOOPBACK, SECURITY_HEADERS, cookieToken, hostAllowed, originAllowed, sessionCookie, tokenMatches } from './guard';
import { LAUNCH_SECRET_TTL_MS, LaunchSecrets } from './launch-secret';
import { isPage, resolveStatic, withAppInfo, type StaticFile } from './static-files';
import { redactUpload } from './redact-upload';
import { parseManifest, receiveUpload } from './upload';

/** Large enough for an imported session file (its own limit is 20 MB), small enough to refuse junk. */
export const MAX_JSON_BYTES = 25 * 1024 * 1024;
/** Bodies up to this size are read at once; larger ones (and every upload) wait for one of a few turns. */
const SMALL_BODY_BYTES = 256 * 1024;
/** How many large bodies are read at once, and how many more may wait: memory stays bounded whatever comes in. */
export const LARGE_BODY_TURNS = 2;
const LARGE_BODY_QUEUE = 16;
const HEARTBEAT_MS = 20_000;

const STATUS: Record<ApiErrorCode, number> = { 'bad-request': 400, forbidden: 403, 'not-found': 404, 'not-available': 501, failed: 500 };

export type UiServerOptions = {
  /**
   * The services, or what loads them: browser mode listens and prints its address first, and loads
   * them when a request first needs them (or when it chooses to); such a request waits for them.
   */
  services: Services | (() => Promise<Services>);
  /** The built renderer (dist/renderer, or embedded in the single executable). */
  renderer: FileReader;
  /**
   * The value of the HttpOnly SameSite=Strict session cookie. It outlives a restart (browser mode
   * keeps it in the data folder), so a page left open keeps saving when the server is back.
   */
  cookieSecret: string;
  /** Where uploads are kept while they are scanned (a folder of the data folder, owner-only). */
  uploadDir: string;
  /** The single-use, short-lived secrets of the launch address. */
  launch?: LaunchSecrets;
  /** What the admin typed to start it, named when a page comes without the key: "npm start" by default. */
  startCommand?: string;
  /**
   * The app's information as far as it is known before the services have loaded (browser mode): the
   * page is served with it at once instead of waiting for them. Without it, the page waits.
   */
  earlyInfo?: () => AppInfo;
};

export type UiServer = {
  port: number;
  url: string;
  /** The address that opens the page once, with the launch secret of this moment. */
  launchUrl(): string;
  /** Called with the new launch address whenever the last one was used or expired. */
  onLaunchUrl(listener: (url: string) => void): () => void;
  /** The services, loaded now if no request has needed them yet; whatever loads them is closed with the server. */
  services(): Promise<Services>;
  close(): Promise<void>;
};

/**
 * Browser mode: the UI and the API on loopback HTTP, for machines without the Electron runtime.
 * Every request passes the gate (Host, Origin, then the launch secret) before anything else.
 */
export async function startUiServer(options: UiServerOptions, port = 0): Promise<UiServer> {
  const sockets = new Set<Socket>();
  let actualPort = port;
  const launch = options.launch ?? new LaunchSecrets();
  const turns = new Turns(LARGE_BODY_TURNS, LARGE_BODY_QUEUE);
  const services = new ServiceSource(options.services);
  const server = createServer((req, res) => {
    // Everything this request is told is in the page's language (the page sets Accept-Language to it;
    // before the page has loaded, the browser's own preference).
    const language = languageFromAcceptLanguage(req.headers['accept-language']);
    inLanguage(language, () => handle(req, res, { ...options, launch, turns, services }, actualPort)).catch((error: unknown) => {
      // A page closed or a download cancelled is the admin's choice, not a failure to report.
      if (req.destroyed || res.destroyed || isDisconnect(error)) return void res.destroy();
      console.error(`jira-doctor: request failed: ${maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'failed', message: SERVICE_WORDS[language].couldNotAnswer } });
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
  const launchUrl = (secret: string) => `${url}?token=${secret}`;
  return {
    port: actualPort,
    url,
    launchUrl: () => launchUrl(launch.current()),
    onLaunchUrl: (listener) => launch.onChange((secret) => listener(launchUrl(secret))),
    services: () => services.get(),
    close: () =>
      new Promise<void>((resolve) => {
        launch.close();
        services.close();
        server.close(() => resolve());
        // Event streams stay open for ever; closing must not wait for them.
        for (const socket of sockets) socket.destroy();
      }),
  };
}

type Context = Omit<UiServerOptions, 'services'> & { launch: LaunchSecrets; turns: Turns; services: ServiceSource };

async function handle(req: IncomingMessage, res: ServerResponse, options: Context, port: number): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
  const isApi = url.pathname.startsWith('/api/');

  if (!hostAllowed(req.headers.host, port)) {
    return refuse(res, isApi, 'forbidden', serviceWords().wrongHost(`http://${LOOPBACK}:${port}/`, req.headers.host));
  }
  if (!originAllowed(req.headers.origin, port)) {
    return refuse(res, isApi, 'forbidden', serviceWords().otherSite);
  }

  // The launch URL: spend the secret for the cookie, then drop it from the address bar and history.
  const launchToken = url.searchParams.get('token');
  if (req.method === 'GET' && url.pathname === '/' && launchToken !== null) {
    const redeemed = options.launch.redeem(launchToken);
    if (redeemed !== 'ok' && !tokenMatches(cookieToken(req.headers.cookie, port), options.cookieSecret)) {
      const command = options.startCommand ?? 'npm start';
      return refuse(res, false, 'forbidden', redeemed === 'stale' ? serviceWords().launchUsed(LAUNCH_SECRET_TTL_MS / 60_000, command) : serviceWords().launchForeign(command));
    }
    // A browser that has the cookie already (a reload of an old address) simply goes to the page.
    res.writeHead(303, { location: '/', 'set-cookie': sessionCookie(port, options.cookieSecret), 'cache-control': 'no-store' });
    return void res.end();
  }
  if (!tokenMatches(cookieToken(req.headers.cookie, port), options.cookieSecret)) {
    // Sent here by the redirect file (a file:// page, how the browser is opened), the browser holds the
    // cookie the launch address just set but did not send it: a SameSite=Strict cookie stays home on a
    // navigation another site began. One more step, begun by this page, sends it; without it, refused then.
    if (req.method === 'GET' && url.pathname === '/' && req.headers['sec-fetch-site'] === 'cross-site') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end('<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>jira-doctor</title>\n');
    }
    return refuse(res, isApi, 'forbidden', serviceWords().noLaunchCookie(options.startCommand ?? 'npm start'));
  }

  if (isApi) return api(req, res, url, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, false, 'bad-request', serviceWords().onlyGet);
  return serveFile(req, res, url, options);
}

async function api(req: IncomingMessage, res: ServerResponse, url: URL, options: Context): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res, await options.services.get());
  if (req.method !== 'POST') return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message: serviceWords().usePost(url.pathname) } });
  if (url.pathname === '/api/scan/files') return scanUpload(req, res, options);
  if (url.pathname === '/api/redact/file') {
    // An upload like the scan's: written to disk, and only a few at once.
    return options.turns.run(() => redactUpload(req, res, url, options.uploadDir)).catch((error: unknown) => {
      if (error instanceof Busy) return busy(res);
      throw error;
    });
  }

  // A JSON content type keeps out the "simple" cross-site form posts a browser would send without asking.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message: serviceWords().jsonOnly } });
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > MAX_JSON_BYTES) return tooLarge(res);
  let text: string | undefined;
  try {
    text = declared <= SMALL_BODY_BYTES ? await readBody(req, MAX_JSON_BYTES) : await options.turns.run(() => readBody(req, MAX_JSON_BYTES));
  } catch (error: unknown) {
    if (error instanceof Busy) return busy(res);
    if (!(error instanceof TooLarge)) throw error;
  }
  if (text === undefined) return tooLarge(res);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendEnvelope(res, { ok: false, error: { code: 'bad-request', message: serviceWords().bodyNotJson } });
  }
  // The request's language (Accept-Language) decides a text's language where a request does not name one.
  const services = await options.services.get();
  return sendEnvelope(res, await services.dispatch(url.pathname.slice('/api/'.length), body, { language: languageFromAcceptLanguage(req.headers['accept-language']) }));
}

/** 413 before a byte more is read; the connection closes so the rest of the body is not waited for. */
function tooLarge(res: ServerResponse): void {
  res.setHeader('connection', 'close');
  sendJson(res, 413, {
    ok: false,
    error: { code: 'bad-request', message: serviceWords().requestTooLarge(MAX_JSON_BYTES / 1024 / 1024) },
  });
}

function busy(res: ServerResponse): void {
  res.setHeader('connection', 'close');
  res.setHeader('retry-after', '5');
  sendJson(res, 503, { ok: false, error: { code: 'failed', message: serviceWords().busy } });
}

function events(req: IncomingMessage, res: ServerResponse, services: Services): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': jira-doctor check events and scan progress\n\n');
  const offChecks = services.onCheckEvent((event) => res.write(`event: check\ndata: ${JSON.stringify(event)}\n\n`));
  const offScan = services.onScanProgress((progress) => res.write(`event: scan\ndata: ${JSON.stringify(progress)}\n\n`));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    offChecks();
    offScan();
  });
}

async function scanUpload(req: IncomingMessage, res: ServerResponse, options: Context): Promise<void> {
  const aborted = new AbortController();
  res.on('close', () => aborted.abort(new Error('the page went away')));
  let envelope: Envelope<unknown>;
  try {
    const header = req.headers[FILES_HEADER];
    const manifest = parseManifest(Array.isArray(header) ? header[0] : header, req.headers['content-length']);
    // Uploads are written to disk, never held in memory, and only a few at once.
    envelope = await options.turns.run(async () => {
      const upload = await receiveUpload(req, manifest, options.uploadDir);
      try {
        return { ok: true as const, value: await (await options.services.get()).scanPaths(upload.files, aborted.signal) };
      } finally {
        await upload.cleanup();
      }
    });
  } catch (error: unknown) {
    if (error instanceof Busy) return busy(res);
    if (!(error instanceof ServiceError)) throw error;
    // Unread upload bytes would otherwise stall the connection before the answer arrives.
    res.setHeader('connection', 'close');
    envelope = { ok: false, error: error.toBody() };
  }
  sendEnvelope(res, envelope);
}

async function serveFile(req: IncomingMessage, res: ServerResponse, url: URL, options: Context): Promise<void> {
  let file = await resolveStatic(options.renderer, url.pathname);
  if (!file) {
    const built = await resolveStatic(options.renderer, '/index.html');
    return refuse(res, false, 'not-found', built ? serviceWords().notPartOfApp(url.pathname) : serviceWords().uiNotBuilt);
  }
  if (isPage(file)) {
    // The page does not wait for the services where what it starts with is known without them.
    const loaded = options.services.loaded();
    if (!loaded && options.earlyInfo) file = withAppInfo(file, options.earlyInfo());
    else {
      const info = await (loaded ?? (await options.services.get())).dispatch('app.info', {});
      if (info.ok) file = withAppInfo(file, info.value);
    }
  }
  res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length, 'cache-control': cacheControl(url.pathname, file) });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/**
 * The build names each asset by its content (assets/index-C-8YAAvj.js), so a browser may keep it
 * for good: the next start reads the scripts, styles and fonts from its cache (compiled scripts
 * too) instead of fetching them again. The page itself, which names them, is asked for every time.
 */
function cacheControl(path: string, file: StaticFile): string {
  return !isPage(file) && /^\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(path) ? 'max-age=31536000, immutable' : 'no-cache';
}

/** A client that went away mid-request: a cancelled download, a closed tab. */
function isDisconnect(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED';
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

/** The services: given, or loaded the first time a request needs them, and closed with the server only if they were. */
class ServiceSource {
  private pending: Promise<Services> | undefined;
  private ready: Services | undefined;

  constructor(private readonly source: Services | (() => Promise<Services>)) {
    if (typeof source !== 'function') this.ready = source;
  }

  get(): Promise<Services> {
    if (this.ready) return Promise.resolve(this.ready);
    return (this.pending ??= (this.source as () => Promise<Services>)().then((services) => (this.ready = services)));
  }

  /** The services if they are ready, without loading them. */
  loaded(): Services | undefined {
    return this.ready;
  }

  close(): void {
    if (this.ready) void this.ready.close();
    else void this.pending?.then((services) => services.close(), () => undefined);
  }
}

class TooLarge extends Error {}
class Busy extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A few turns for work that holds much memory; the rest wait in a short queue, or are told to come back. */
class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly turns: number,
    private readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.turns) {
      if (this.waiting.length >= this.queue) throw new Busy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
