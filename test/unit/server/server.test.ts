import { request } from 'node:http';
import { readdir, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES_HEADER, UPLOAD_LIMITS } from '../../../electron/api/wire';
import { filesIn } from '../../../electron/resources/app-files';
import { startUiServer, type UiServer } from '../../../electron/server/server';
import { startTestUiServer, type TestUiServer } from '../../support/ui-server';
import { withAppInfo } from '../../../electron/server/static-files';
import { assembleServices } from '../../../electron/services/assemble';

let ui: TestUiServer;
let server: UiServer;
let dir: string;
let secret: string;
let cookie: string;
const send: TestUiServer['send'] = (path, options) => ui.send(path, options);
const api: TestUiServer['api'] = (channel, body, headers) => ui.api(channel, body, headers);

beforeAll(async () => {
  ui = await startTestUiServer('server', { 'index.html': '<!doctype html><title>jira-doctor</title><div id="root"></div>', 'assets/app.js': 'console.log("ui")', 'assets/index-C-8YAAvj.js': 'console.log("built")' });
  ({ server, dir, secret, cookie } = ui);
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => ui.close());

describe('the launch secret', () => {
  it('turns into an HttpOnly SameSite=Strict cookie and leaves the address bar', async () => {
    const reply = await send(new URL(server.launchUrl()).search.replace(/^/, '/'));
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']).toEqual([`jira_doctor_${server.port}=${secret}; HttpOnly; SameSite=Strict; Path=/`]);
  });

  it('works once: the same address again is refused, with where to find a fresh one', async () => {
    const used = new URL(server.launchUrl());
    const fresh: string[] = [];
    const off = server.onLaunchUrl((url) => fresh.push(url));
    expect((await send(`/${used.search}`)).status).toBe(303);
    off();
    const again = await send(`/${used.search}`);
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/opened jira-doctor once already.*Open the file that "npm start" named/);
    expect(fresh).toEqual([server.launchUrl()]);
    expect(server.launchUrl()).not.toBe(used.href);
    // A browser that holds the cookie already is simply let in (a reload of the old address).
    expect((await send(`/${used.search}`, { headers: { cookie } })).status).toBe(303);
  });

  it('reaches the page when the redirect file opened it: one step from the page itself sends the cookie a cross-site start held back', async () => {
    const fromFile = await send('/', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fromFile.status).toBe(200);
    expect(fromFile.body).toContain('<meta http-equiv="refresh" content="0;url=/">');
    expect(fromFile.body).not.toContain('id="root"');
    // That step comes from the page's own origin: without the cookie it is refused, so nothing loops.
    expect((await send('/', { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(403);
    expect((await send('/assets/app.js', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it('is required for the page and for every API call', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/assets/app.js')).status).toBe(403);
    const call = await send('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(call.status).toBe(403);
    const refusal = JSON.parse(call.body) as { ok: boolean; error: { code: string; message: string } };
    expect(refusal.ok).toBe(false);
    expect(refusal.error.code).toBe('forbidden');
    expect(refusal.error.message).toContain('npm start');
    expect((await api('app.info', {}, { cookie: `jira_doctor_${server.port}=guess` })).status).toBe(403);
    expect((await send('/?token=guess')).status).toBe(403);
    expect((await send('/?token=guess')).body).toContain('not from this start');
    expect((await send('/api/events', { headers: { cookie: 'x=y' } })).status).toBe(403);
  });

  it('opens the page and the API once the cookie is set', async () => {
    const page = await send('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { mode: 'browser', canRememberCredentials: false } });
  });
});

describe('requests from elsewhere', () => {
  it('are refused when the Host names another site (DNS rebinding)', async () => {
    const reply = await send('/', { headers: { cookie, host: `attacker.example:${server.port}` } });
    expect(reply.status).toBe(403);
    expect(reply.body).toContain(`http://127.0.0.1:${server.port}/`);
    expect((await api('sessions.list', {}, { host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await send('/', { headers: { cookie, host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('are refused when the Origin is another site', async () => {
    const reply = await api('sessions.create', { name: 'planted' }, { origin: 'https://attacker.example' });
    expect(reply.status).toBe(403);
    const listed = JSON.parse((await api('sessions.list', {})).body) as { value: { sessions: { name: string }[] } };
    expect(listed.value.sessions.map((s) => s.name)).not.toContain('planted');
    expect((await api('sessions.list', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('cannot reach the server on any address but loopback', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
      expect(refused, `reachable on ${address}`).toBe(true);
    }
  });
});

describe('every response', () => {
  it('carries the strict CSP, pages, API and refusals alike', async () => {
    const replies = [await send('/', { headers: { cookie } }), await api('app.info', {}), await send('/'), await send('/nope.js', { headers: { cookie } })];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
      expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
      expect(reply.headers['content-security-policy']).not.toMatch(/https?:|\*|unsafe/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('the API', () => {
  it('answers an invalid request with a 400 that names the field', async () => {
    const reply = await api('sessions.rename', { id: 'x', name: '   ' });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { error: { code: string; message: string; problems: { field: string }[] } };
    expect(body.error.code).toBe('bad-request');
    expect(body.error.message).toContain('name: a session needs a name');
    expect(body.error.problems).toEqual([{ field: 'name', message: 'a session needs a name' }]);
  });

  it('says which facts are wrong when a diagnosis is asked with bad ones', async () => {
    const reply = await api('engine.diagnose', { facts: { 'jira.versoin': '9.12.0', 'lb.sticky': 'yes' } });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { error: { problems: { field: string; message: string }[] } };
    expect(body.error.problems).toEqual([
      { field: 'jira.versoin', message: 'unknown fact name (did you mean "jira.version"?)' },
      { field: 'lb.sticky', message: 'expected true or false; got "yes"' },
    ]);
  });

  it('refuses unknown capabilities, bodies that are not JSON, and other verbs', async () => {
    expect((await api('shell.exec', {})).status).toBe(404);
    const notJson = await send('/api/app.info', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toContain('not valid JSON');
    const form = await send('/api/sessions.create', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x' });
    expect(form.status).toBe(400);
    expect((await send('/api/app.info', { headers: { cookie } })).status).toBe(400);
  });

  it('renders a saved session as a report file to download', async () => {
    const created = JSON.parse((await api('sessions.create', { name: 'Report me' })).body) as { value: Record<string, unknown> };
    const session = { ...created.value, answers: [{ fact: 'symptom', value: 'rest-401', source: { kind: 'user' }, at: '2026-11-23T04:00:00.000Z' }] };
    expect((await api('sessions.save', { session })).status).toBe(200);
    const md = JSON.parse((await api('report.render', { sessionId: created.value.id, format: 'md' })).body) as { value: { filename: string; mimeType: string; base64: string } };
    expect(md.value.filename).toMatch(/^jira-doctor-report-report-me-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.value.mimeType).toMatch(/^text\/markdown/);
    expect(Buffer.from(md.value.base64, 'base64').toString('utf8')).toContain('401');
    const pdf = JSON.parse((await api('report.render', { sessionId: created.value.id, format: 'pdf', pageSize: 'LETTER' })).body) as { value: { base64: string } };
    expect(Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says plainly what browser mode cannot do', async () => {
    const choose = JSON.parse((await api('scan.choose', {})).body) as { error: { code: string; message: string } };
    expect(choose.error).toEqual({ code: 'not-available', message: expect.stringContaining('Drop the log files') as string });
    expect((await api('credentials.recall', { key: 'https://jira.example.com' })).status).toBe(501);
  });

  it('saves and reads back a session', async () => {
    const created = JSON.parse((await api('sessions.create', { name: 'over HTTP' })).body) as { value: { id: string } };
    const got = JSON.parse((await api('sessions.get', { id: created.value.id })).body) as { value: { name: string } };
    expect(got.value.name).toBe('over HTTP');
    expect((await api('sessions.get', { id: 'missing' })).status).toBe(404);
  });
});

describe('check events', () => {
  it('stream to the page as Server-Sent Events', async () => {
    const events: string[] = [];
    const stream = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie } }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        res.setEncoding('utf8');
        res.on('data', (text: string) => {
          events.push(...text.split('\n\n').filter((block) => block.startsWith('event: check')));
          if (events.some((e) => e.includes('"type":"done"'))) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (e) => (events.some((x) => x.includes('"done"')) ? resolve() : reject(e)));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = await api('checks.start', { settings: { baseUrl: 'http://127.0.0.1:9', checks: ['versions'], timeoutMs: 2000 } });
    expect(started.status).toBe(200);
    await stream;
    const types = events.map((e) => (JSON.parse(e.slice(e.indexOf('data: ') + 6)) as { type: string }).type);
    expect(types[0]).toBe('started');
    expect(types).toContain('finished');
    expect(types.at(-1)).toBe('done');
  });
});

describe('log uploads', () => {
  const upload = (files: { name: string; text: string }[], manifest = files.map((f) => ({ name: f.name, size: Buffer.byteLength(f.text) }))) =>
    send('/api/scan/files', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream', [FILES_HEADER]: encodeURIComponent(JSON.stringify(manifest)) },
      body: Buffer.from(files.map((f) => f.text).join('')),
    });

  it('scans the files under the names the admin gave them and leaves nothing behind', async () => {

    const line = "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'svc' has FAILED authentication. Failure count equals 15\n";
    const reply = await upload([
      { name: 'atlassian-jira-security.log', text: line },
      { name: 'empty.log', text: '' },
      { name: 'atlassian-jira.log', text: '2023-02-20 17:09:00,982+0000 main INFO [c.a.jira.startup] hello\n' },
    ]);
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { value: { files: { name: string }[] } };
    expect(result.value.files.map((f) => f.name)).toEqual(expect.arrayContaining(['atlassian-jira-security.log', 'atlassian-jira.log']));
    expect(reply.body).not.toContain(dir);
    expect(await readdir(join(dir, 'data', 'uploads'))).toEqual([]);
  });

  it('streams the progress of a scan on the event stream, under the name the admin gave the file', async () => {
    const seen: { bytesDone: number; bytesTotal: number; file: string }[] = [];
    const text = `${'2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/myself ordinary line\n'.repeat(2000)}`;
    let stop = () => {};
    const stream = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const block of chunk.split('\n\n').filter((b) => b.startsWith('event: scan'))) {
            seen.push(JSON.parse(block.slice(block.indexOf('data: ') + 6)) as (typeof seen)[number]);
          }
        });
      });
      stop = () => {
        req.destroy();
        resolve();
      };
      req.on('error', (e) => (seen.length ? resolve() : reject(e)));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reply = await upload([{ name: 'atlassian-jira.log', text }]);
    expect(reply.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    await stream;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.file === 'atlassian-jira.log')).toBe(true);
    expect(seen.at(-1)).toMatchObject({ bytesDone: Buffer.byteLength(text), bytesTotal: Buffer.byteLength(text) });
  });

  it('refuses uploads that do not match their file list, or are too large', async () => {
    const short = await upload([{ name: 'a.log', text: 'abc' }], [{ name: 'a.log', size: 10 }]);
    expect(short.status).toBe(400);
    expect(short.body).toContain('does not match its file list');
    const huge = await upload([{ name: 'a.log', text: 'abc' }], [{ name: 'a.log', size: UPLOAD_LIMITS.fileBytes + 1 }]);
    expect(huge.status).toBe(400);
    expect(huge.body).toContain('jira-doctor scan');
    const many = await upload([], Array.from({ length: UPLOAD_LIMITS.files + 1 }, (_, i) => ({ name: `${i}.log`, size: 0 })));
    expect(many.body).toContain(`At most ${UPLOAD_LIMITS.files} files`);
  });
});

describe('the UI files', () => {
  it('serves the app, its routes, and nothing outside its folder', async () => {
    const asset = await send('/assets/app.js', { headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('/sessions', { headers: { cookie } })).body).toContain('<div id="root">');
    expect(asset.body).not.toContain('app-info');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const reply = await send(path, { headers: { cookie } });
      expect(reply.body, path).not.toContain('outside the renderer folder');
    }
  });
});

describe('caching', () => {
  it('lets the browser keep the assets the build named by their content, and asks it to check everything else', async () => {
    expect((await send('/assets/index-C-8YAAvj.js', { headers: { cookie } })).headers['cache-control']).toBe('max-age=31536000, immutable');
    expect((await send('/assets/app.js', { headers: { cookie } })).headers['cache-control']).toBe('no-cache');
    expect((await send('/', { headers: { cookie } })).headers['cache-control']).toBe('no-cache');
    expect((await send('/sessions', { headers: { cookie } })).headers['cache-control']).toBe('no-cache');
  });
});

describe('the page', () => {
  it("comes with the app's information, so the UI starts without asking for it", async () => {
    const page = (await send('/', { headers: { cookie } })).body;
    const json = /<script type="application\/json" id="app-info">(.*?)<\/script>/.exec(page)?.[1];
    expect(JSON.parse(json!)).toEqual((JSON.parse((await api('app.info', {})).body) as { value: unknown }).value);
  });

  it('cannot be broken out of by a value of that information', () => {
    const page = withAppInfo({ body: Buffer.from('<html><head></head><body></body></html>'), type: 'text/html' }, { notices: [{ message: '</script><script>alert(1)</script>' }] });
    const html = page.body.toString();
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(JSON.parse(/<script[^>]*>(.*?)<\/script>/.exec(html)![1]!)).toEqual({ notices: [{ message: '</script><script>alert(1)</script>' }] });
  });
});

describe('while the services are still loading', () => {
  it('serves the page at once with the information known without them, where there is such (browser mode); the API waits for them', async () => {
    let ready!: (services: ReturnType<typeof assembleServices>) => void;
    const loading = new Promise<ReturnType<typeof assembleServices>>((resolve) => (ready = resolve));
    const earlyInfo = () => ({ mode: 'browser' as const, version: '0.0.0', knowledgeVersion: 'k', canRememberCredentials: false, canChooseFiles: false, notices: [], partial: true as const });
    const early = await startUiServer({ services: () => loading, earlyInfo, renderer: filesIn(join(dir, 'renderer')), cookieSecret: secret, uploadDir: join(dir, 'early-info', 'uploads') });
    try {
      const at = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${early.port}${path}`, { ...init, headers: { cookie: `jira_doctor_${early.port}=${secret}`, 'content-type': 'application/json' } });
      const answered: string[] = [];
      const info = at('/api/app.info', { method: 'POST', body: '{}' }).then((r) => (answered.push('info'), r));
      const page = await (await at('/')).text();
      expect(JSON.parse(/<script type="application\/json" id="app-info">(.*?)<\/script>/.exec(page)![1]!)).toEqual(earlyInfo());
      expect(answered).toEqual([]);
      ready(assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: join(dir, 'early-info') }));
      expect(await (await info).json()).toMatchObject({ ok: true, value: { mode: 'browser', notices: [] } });
      // Once they are there, the page comes with their whole answer.
      expect(await (await at('/')).text()).not.toContain('"partial"');
    } finally {
      await early.close();
    }
  });

  it('loads them once when asked before any request (browser mode warms its reports so), and closes them with itself', async () => {
    const services = assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: join(dir, 'warm') });
    let loads = 0;
    let closed = false;
    const load = () => (loads++, Promise.resolve({ ...services, close: () => ((closed = true), services.close()) }));
    const early = await startUiServer({ services: load, renderer: filesIn(join(dir, 'renderer')), cookieSecret: secret, uploadDir: join(dir, 'warm', 'uploads') });
    const first = await early.services();
    expect(await early.services()).toBe(first);
    expect(loads).toBe(1);
    await early.close();
    expect(closed).toBe(true);
  });

  it('serves the UI files at once, and the page and the API when the services are ready, without failing', async () => {
    let ready!: (services: ReturnType<typeof assembleServices>) => void;
    const loading = new Promise<ReturnType<typeof assembleServices>>((resolve) => (ready = resolve));
    const early = await startUiServer({ services: () => loading, renderer: filesIn(join(dir, 'renderer')), cookieSecret: secret, uploadDir: join(dir, 'early', 'uploads') });
    try {
      const at = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${early.port}${path}`, { ...init, headers: { cookie: `jira_doctor_${early.port}=${secret}`, 'content-type': 'application/json' } });
      const answered: string[] = [];
      const page = at('/').then((r) => (answered.push('page'), r));
      const info = at('/api/app.info', { method: 'POST', body: '{}' }).then((r) => (answered.push('info'), r));
      expect((await at('/assets/app.js')).status).toBe(200);
      expect(answered).toEqual([]);
      ready(assembleServices({ mode: 'browser', appVersion: '0.0.0', dataDir: join(dir, 'early') }));
      expect((await info).status).toBe(200);
      expect(await (await page).text()).toContain('id="app-info"');
    } finally {
      await early.close();
    }
  });
});
