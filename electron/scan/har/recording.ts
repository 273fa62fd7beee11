import type { FactName, Facts } from '../../../knowledge/contract/facts';
import type { NodeSource, NodeSwitch, OAuthStep, RecordedFailure, RecordedSession, Recording, TimelineItem } from '../../../knowledge/contract/recording';
import { Masker } from '../../text/mask';
import { header, type Exchange } from './exchange';

/**
 * What a browser recording says about the Jira cluster and the sign-in, built one request at a
 * time in bounded memory:
 *
 * - Sessions: requests are grouped by the JSESSIONID they send (else the load balancer's cookie,
 *   else the JSESSIONID the answer sets). A recording without cookies (Chrome's default export
 *   since version 130 leaves them out) counts each Jira host as one session.
 * - The node that answered: X-ANODEID, else the route at the end of JSESSIONID (`.node1`, Tomcat's
 *   jvmRoute), else the value of the load balancer's cookie (facts §2.3, §2.4). A session's nodes
 *   come from one of these only (the best one present), so names of two kinds are never compared.
 * - Article 001, Root Cause 13: a session answered by two nodes has no stickiness (reason 1); one
 *   whose pages stay on one node while its /rest/ calls go to another has REST pinned to a node
 *   without keeping the browser's own REST calls on the user's node (reason 2).
 * - The OAuth sign-in with Microsoft: Jira sends the browser to Microsoft's authorize endpoint, the
 *   admin signs in, Microsoft sends the browser back to Jira's callback with a code (or an error
 *   and its AADSTS description). Stickiness is confirmed only by a session that stays on one node
 *   from before that redirect until after the callback.
 * - Article 002: X-Seraph-LoginReason, X-Authentication-Denied-Reason and 403 "XSRF check failed".
 */

/** Load-balancer cookies that name a route (facts §2.4). AWS ALB cookies are encrypted afresh on every answer, so they name no node. */
const STICKY_COOKIE = /^(?:ROUTEID|SERVERID|route|INGRESSCOOKIE|AWSELB|BIGipServer.*)$/i;
const ROTATING_COOKIE = /^AWSALB/i;
/** Microsoft's sign-in hosts: worldwide, US government, China (21Vianet). */
const MICROSOFT_LOGIN = /^(?:login\.microsoftonline\.(?:com|us)|login\.microsoft\.com|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn|login\.live\.com)$/i;
const AUTHORIZE_PATH = /\/oauth2\/(?:v2\.0\/)?authorize$/i;
const JIRA_HEADERS = ['x-anodeid', 'x-arequestid', 'x-asessionid', 'x-ausername', 'x-seraph-loginreason'];
const STATIC_PATH = /^(?:\/[^/]+)?\/(?:s\/|download\/(?:resources|batch|contextbatch|superbatch)\/|images\/|favicon\.ico$)/;
const AADSTS = /AADSTS\d{4,8}\b[^<"\\\r\n]{0,300}/;

const TIMELINE_HEAD = 300;
const TIMELINE_SWITCHES = 100;
const TIMELINE_TAIL = 20;
const SWITCHES = 50;
const SESSIONS = 200;
const FAILURES = 50;
const CHART_SLICES = 48;

type Source = Exclude<NodeSource, 'none'>;
const SOURCES: Source[] = ['X-ANODEID', 'JSESSIONID route', 'load-balancer cookie'];

type Item = Omit<TimelineItem, 'node' | 'switched'> & { nodes: Partial<Record<Source, string>>; switched: Partial<Record<Source, true>> };

class Histogram {
  slice = 1;
  readonly lanes = new Map<string, number[]>();
  readonly switchSlices = new Set<number>();

  add(position: number, node: string, switched: boolean): void {
    while (Math.floor(position / this.slice) >= CHART_SLICES) this.halve();
    const at = Math.floor(position / this.slice);
    const lane = this.lanes.get(node) ?? new Array<number>(CHART_SLICES).fill(0);
    lane[at]! += 1;
    this.lanes.set(node, lane);
    if (switched) this.switchSlices.add(at);
  }

  private halve(): void {
    for (const [node, counts] of this.lanes) this.lanes.set(node, counts.map((_, i) => (i < CHART_SLICES / 2 ? counts[2 * i]! + counts[2 * i + 1]! : 0)));
    const switches = [...this.switchSlices].map((s) => Math.floor(s / 2));
    this.switchSlices.clear();
    switches.forEach((s) => this.switchSlices.add(s));
    this.slice *= 2;
  }
}

class Tracker {
  last: string | undefined;
  readonly counts = new Map<string, { requests: number; rest: number }>();
  readonly pages = new Set<string>();
  readonly restNodes = new Set<string>();
  readonly switches: NodeSwitch[] = [];
  readonly chart = new Histogram();

  /** Records who answered; true when it is another node than the one before. */
  add(position: number, node: string, item: Item): boolean {
    const switched = this.last !== undefined && this.last !== node;
    if (switched && this.switches.length < SWITCHES) {
      this.switches.push({ index: item.index, at: item.at, method: item.method, path: item.path, from: this.last!, to: node, rest: item.rest });
    }
    this.last = node;
    const count = this.counts.get(node) ?? { requests: 0, rest: 0 };
    count.requests++;
    if (item.rest) count.rest++;
    this.counts.set(node, count);
    (item.rest ? this.restNodes : this.pages).add(node);
    this.chart.add(position, node, switched);
    return switched;
  }
}

type Session = {
  key: string;
  file: string;
  host: string;
  identifiedBy: string;
  requests: number;
  firstAt?: string;
  lastAt?: string;
  trackers: Record<Source, Tracker>;
  head: Item[];
  switchItems: Item[];
  tail: Item[];
  restWorked: boolean;
  worksThenFails?: { at: string; path: string };
  /** The OAuth sign-in as this session saw it. */
  beforeSignIn: number;
  callback?: Item;
  afterCallback: number;
};

type FileState = {
  name: string;
  browser?: string;
  requests: number;
  /** Set once Jira sent the browser to Microsoft's authorize endpoint. */
  authorizeAt?: string;
  signIn?: { step: OAuthStep; count: number };
  callbackSession?: Session;
  backInJira: boolean;
};

type Candidate<T> = { host: string; value: T };

export class RecordingAnalysis {
  private readonly masker = new Masker();
  private readonly sessions = new Map<string, Session>();
  private readonly hosts = new Map<string, { jira: boolean; cookies: boolean }>();
  private readonly files: FileState[] = [];
  private readonly oauth: OAuthStep[] = [];
  private readonly failures: Candidate<RecordedFailure>[] = [];
  private readonly errors: string[] = [];
  private readonly notes = new Set<string>();
  private loginReason?: Candidate<{ value: string; why: string; failing: boolean }>;
  private deniedReason?: Candidate<{ value: string; why: string }>;
  private failedRequest?: Candidate<{ formEncoded: boolean; noCheck: boolean; why: string; xsrf: boolean }>;
  private scopes?: { value: string; endpoint: string; file: string };
  private cached = 0;

  /** A recording begins; `browser` from its creator (and browser) fields. */
  startFile(name: string): void {
    this.files.push({ name, requests: 0, backInJira: false });
  }

  describeBrowser(creator: unknown, browser: unknown): void {
    const file = this.files.at(-1);
    if (!file) return;
    const name = (v: unknown) => (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : undefined);
    const version = (v: unknown) => (v && typeof v === 'object' && typeof (v as { version?: unknown }).version === 'string' ? (v as { version: string }).version : undefined);
    const who = name(browser) ?? name(creator);
    if (!who) return;
    const plain = who === 'WebInspector' ? 'Chrome or Edge' : who === 'WebKit Web Inspector' ? 'Safari' : who;
    const v = version(browser) ?? (who === 'WebInspector' ? undefined : version(creator));
    file.browser = v ? `${plain} ${v}` : plain;
  }

  add(exchange: Exchange): void {
    const file = this.files.at(-1)!;
    file.requests++;
    const host = exchange.url.host.toLowerCase();
    if (MICROSOFT_LOGIN.test(exchange.url.hostname)) return this.microsoft(file, exchange);
    const hostState = this.hosts.get(host) ?? { jira: false, cookies: false };
    this.hosts.set(host, hostState);
    if (JIRA_HEADERS.some((h) => exchange.responseHeaders.has(h)) || exchange.responseCookies.has('atlassian.xsrf.token') || exchange.requestCookies.has('atlassian.xsrf.token')) {
      hostState.jira = true;
    }
    if (exchange.requestCookies.size || exchange.responseCookies.size) hostState.cookies = true;
    if (exchange.fromCache || exchange.status === 0) {
      if (exchange.fromCache) this.cached++;
      return;
    }
    // Jira's static files are cached by the browser, and Firefox does not mark answers it took from
    // its cache: their headers (X-ANODEID too) may be old, so they do not count as a node's answer.
    if (STATIC_PATH.test(exchange.url.pathname)) return;

    const session = this.sessionOf(file, host, exchange);
    const item = this.item(session, exchange);
    const query = exchange.url.searchParams;
    const isCallback = file.authorizeAt !== undefined && !file.callbackSession && (query.has('code') || query.has('error')) && (query.has('state') || query.has('error'));

    // Who answered, in each of the three ways of telling.
    const answered = this.nodesOf(exchange);
    if (session) {
      const position = session.requests;
      session.requests++;
      session.firstAt ??= item.at;
      session.lastAt = item.at;
      for (const source of SOURCES) {
        const node = answered[source];
        if (!node) continue;
        item.nodes[source] = node;
        if (session.trackers[source].add(position, node, item)) item.switched[source] = true;
      }
      this.keep(session, item);
    }

    // Where Jira sends the browser to Microsoft's sign-in.
    if (exchange.location && isMicrosoft(exchange.location)) {
      this.step(exchange, 'to-microsoft', item, 'Jira sent the browser to Microsoft to sign in');
    }
    if (isCallback) {
      file.callbackSession = session;
      if (session) session.callback = item;
      const error = query.get('error');
      this.step(exchange, 'callback', item, error ? `Microsoft sent the browser back with an error (${error})` : 'Microsoft sent the browser back to Jira with an authorization code');
      if (error) this.oauthError(exchange, error, query.get('error_description'));
    } else if (session && file.callbackSession === session) {
      session.afterCallback++;
      if (!file.backInJira) {
        file.backInJira = true;
        this.step(exchange, 'back-in-jira', item, 'the next request in Jira after the sign-in');
      }
    } else if (session && file.authorizeAt === undefined) {
      session.beforeSignIn++;
    }

    this.cookieAuth(host, session, exchange, item);
    if (exchange.status >= 400 && this.failures.length < FAILURES * 4) {
      const node = answered['X-ANODEID'] ?? answered['JSESSIONID route'] ?? answered['load-balancer cookie'];
      this.failures.push({ host, value: { at: item.at, method: item.method, host, path: item.path, status: item.status, ...(node ? { node } : {}), what: this.failureWords(exchange) } });
    }
  }

  /** Microsoft's side: the authorize request, the sign-in pages, errors on the way back. */
  private microsoft(file: FileState, exchange: Exchange): void {
    const path = exchange.url.pathname;
    if (AUTHORIZE_PATH.test(path) && !file.authorizeAt) {
      file.authorizeAt = exchange.atText;
      const scope = exchange.url.searchParams.get('scope');
      if (scope) this.scopes ??= { value: scope, endpoint: `${exchange.url.origin}${path}`, file: file.name };
      const tenant = path.split('/')[1] ?? '';
      this.step(exchange, 'authorize', undefined, `Microsoft's authorize endpoint (tenant "${tenant}")${scope ? `, scopes: ${scope}` : ''}`);
    } else if (file.authorizeAt && !file.callbackSession) {
      // One step for all of Microsoft's sign-in pages, in its place in time, counted as they come.
      if (!file.signIn) {
        const step: OAuthStep = { step: 'sign-in', at: exchange.atText, host: exchange.url.host, path: this.masker.text(exchange.url.pathname), status: exchange.status };
        this.oauth.push(step);
        file.signIn = { step, count: 0 };
      }
      file.signIn.count++;
      file.signIn.step.status = exchange.status;
      file.signIn.step.detail = `${file.signIn.count} request(s) to Microsoft's sign-in pages`;
    }
    const back = exchange.location ? safeUrl(exchange.location) : undefined;
    const error = back?.searchParams.get('error');
    if (back && error && !MICROSOFT_LOGIN.test(back.hostname)) {
      // Seen here when the recording stops before the browser followed the redirect.
      this.oauthError(exchange, error, back.searchParams.get('error_description'));
    }
    const page = exchange.responseText && exchange.status !== 0 ? AADSTS.exec(exchange.responseText)?.[0] : undefined;
    if (page) this.oauthError(exchange, undefined, page);
  }

  private oauthError(exchange: Exchange, error: string | null | undefined, description: string | null | undefined): void {
    const first = description?.split(/\r?\n/)[0]?.trim();
    const message = this.masker.text(first || error || 'error');
    if (this.errors.includes(message)) return;
    this.errors.push(message);
    this.oauth.push({ step: 'error', at: exchange.atText, host: exchange.url.host, path: this.masker.text(exchange.url.pathname), status: exchange.status, detail: message });
  }

  private step(exchange: Exchange, step: OAuthStep['step'], item: Item | undefined, detail: string): void {
    const node = item ? (item.nodes['X-ANODEID'] ?? item.nodes['JSESSIONID route'] ?? item.nodes['load-balancer cookie']) : undefined;
    this.oauth.push({ step, at: exchange.atText, host: exchange.url.host, path: this.masker.text(exchange.url.pathname), status: exchange.status, ...(node ? { node } : {}), detail });
  }

  private cookieAuth(host: string, session: Session | undefined, exchange: Exchange, item: Item): void {
    const failing = exchange.status === 401 || exchange.status === 403;
    const reason = header(exchange.responseHeaders, 'x-seraph-loginreason');
    const where = `${item.method} ${item.path} at ${item.at} (${exchange.status})`;
    if (reason && (failing ? !this.loginReason?.value.failing : !this.loginReason && /\/rest\/auth\/1\/session$/.test(item.path))) {
      this.loginReason = { host, value: { value: reason, why: `Jira answered X-Seraph-LoginReason: ${reason} to ${where}`, failing } };
    }
    const denied = header(exchange.responseHeaders, 'x-authentication-denied-reason');
    if (denied && !this.deniedReason) this.deniedReason = { host, value: { value: denied, why: `Jira answered X-Authentication-Denied-Reason to ${where}` } };
    const xsrf = exchange.status === 403 && /XSRF check failed/i.test(exchange.responseText ?? '');
    if (xsrf && !this.errors.includes('XSRF check failed')) this.errors.push('XSRF check failed');
    const sentBody = exchange.requestContentType !== undefined && ['POST', 'PUT', 'PATCH'].includes(exchange.method);
    if ((xsrf && !this.failedRequest?.value.xsrf) || (failing && item.rest && sentBody && !this.failedRequest)) {
      const token = header(exchange.requestHeaders, 'x-atlassian-token');
      this.failedRequest = {
        host,
        value: {
          formEncoded: /application\/x-www-form-urlencoded|multipart\/form-data/i.test(exchange.requestContentType ?? ''),
          noCheck: token?.trim().toLowerCase() === 'no-check',
          why: `${xsrf ? 'the request refused with "XSRF check failed"' : 'the failing request'}: ${where}, Content-Type ${exchange.requestContentType ?? 'none'}, ${token ? `X-Atlassian-Token: ${token}` : 'no X-Atlassian-Token header'}`,
          xsrf,
        },
      };
    }
    if (session && item.rest) {
      if (exchange.status >= 200 && exchange.status < 300) session.restWorked = true;
      else if (exchange.status === 401 && session.restWorked) session.worksThenFails ??= { at: item.at, path: item.path };
    }
  }

  private failureWords(exchange: Exchange): string {
    const parts = [`HTTP ${exchange.status}`];
    const reason = header(exchange.responseHeaders, 'x-seraph-loginreason');
    if (reason) parts.push(`X-Seraph-LoginReason: ${reason}`);
    const denied = header(exchange.responseHeaders, 'x-authentication-denied-reason');
    if (denied) parts.push(`X-Authentication-Denied-Reason: ${denied}`);
    if (/XSRF check failed/i.test(exchange.responseText ?? '')) parts.push('XSRF check failed');
    return this.masker.text(parts.join('; '));
  }

  /** The session a request belongs to, created on first sight (`undefined` past the limit). */
  private sessionOf(file: FileState, host: string, exchange: Exchange): Session | undefined {
    let key: string;
    let by: string;
    const sent = exchange.requestCookies.get('JSESSIONID');
    const sticky = [...exchange.requestCookies].find(([name]) => STICKY_COOKIE.test(name) || ROTATING_COOKIE.test(name));
    const set = exchange.responseCookies.get('JSESSIONID');
    if (sent) [key, by] = [`J:${withoutRoute(sent)}`, 'JSESSIONID'];
    else if (sticky) [key, by] = [ROTATING_COOKIE.test(sticky[0]) ? `S:${sticky[0]}` : `S:${sticky[0]}=${sticky[1]}`, sticky[0]];
    else if (set) [key, by] = [`J:${withoutRoute(set)}`, 'JSESSIONID'];
    else [key, by] = ['-', 'none'];
    const id = `${file.name}\n${host}\n${key}`;
    let session = this.sessions.get(id);
    if (!session) {
      if (this.sessions.size >= SESSIONS) {
        this.notes.add(`more than ${SESSIONS} browser sessions: the later ones were not followed`);
        return undefined;
      }
      session = {
        key: id,
        file: file.name,
        host,
        identifiedBy: by,
        requests: 0,
        trackers: { 'X-ANODEID': new Tracker(), 'JSESSIONID route': new Tracker(), 'load-balancer cookie': new Tracker() },
        head: [],
        switchItems: [],
        tail: [],
        restWorked: false,
        beforeSignIn: 0,
        afterCallback: 0,
      };
      this.sessions.set(id, session);
    }
    return session;
  }

  private item(session: Session | undefined, exchange: Exchange): Item {
    const path = this.masker.text(exchange.url.pathname);
    return {
      index: (session?.requests ?? 0) + 1,
      at: exchange.atText,
      method: exchange.method,
      path,
      status: exchange.status,
      rest: /^(?:\/[^/]+)?\/rest\//.test(exchange.url.pathname),
      nodes: {},
      switched: {},
    };
  }

  private keep(session: Session, item: Item): void {
    if (session.head.length < TIMELINE_HEAD) return void session.head.push(item);
    if (Object.keys(item.switched).length && session.switchItems.length < TIMELINE_SWITCHES) return void session.switchItems.push(item);
    session.tail.push(item);
    if (session.tail.length > TIMELINE_TAIL) session.tail.shift();
  }

  private nodesOf(exchange: Exchange): Partial<Record<Source, string>> {
    const out: Partial<Record<Source, string>> = {};
    const anode = header(exchange.responseHeaders, 'x-anodeid')?.trim();
    if (anode) out['X-ANODEID'] = anode.slice(0, 100);
    const route = routeOf(exchange.responseCookies.get('JSESSIONID')) ?? routeOf(exchange.requestCookies.get('JSESSIONID'));
    if (route) out['JSESSIONID route'] = route;
    const sticky = stickyNode(exchange.responseCookies) ?? stickyNode(exchange.requestCookies);
    if (sticky) out['load-balancer cookie'] = sticky;
    return out;
  }

  /** The recording's part of the scan report, and the facts it establishes. */
  finish(): { recording: Recording; facts: Facts; sources: Partial<Record<FactName, string>>; errors: string[]; file: string } | undefined {
    if (!this.files.length) return undefined;
    const jiraHosts = [...this.hosts].filter(([, h]) => h.jira).map(([host]) => host);
    const isJira = (host: string) => jiraHosts.includes(host);
    const sessions: { state: Session; out: RecordedSession; tracker?: Tracker }[] = [];
    let number = 0;
    for (const state of this.sessions.values()) {
      if (!isJira(state.host)) continue;
      // Requests without any cookie are not a session when the recording has cookies: the load balancer cannot keep them anywhere.
      if (state.identifiedBy === 'none' && this.hosts.get(state.host)?.cookies) continue;
      const source = SOURCES.find((s) => state.trackers[s].counts.size > 0);
      const tracker = source ? state.trackers[source] : undefined;
      const items = [...state.head, ...state.switchItems, ...state.tail].sort((a, b) => a.index - b.index);
      const timeline: TimelineItem[] = items.map(({ nodes, switched, ...rest }) => ({
        ...rest,
        ...(source && nodes[source] ? { node: nodes[source] } : {}),
        ...(source && switched[source] ? { switched: true } : {}),
      }));
      number++;
      const out: RecordedSession = {
        label: `Browser session ${number}`,
        file: state.file,
        host: state.host,
        identifiedBy: state.identifiedBy === 'none' ? 'none (the recording holds no cookies)' : state.identifiedBy,
        nodeSource: source ?? 'none',
        requests: state.requests,
        ...(state.firstAt ? { firstAt: state.firstAt } : {}),
        ...(state.lastAt ? { lastAt: state.lastAt } : {}),
        nodes: tracker ? [...tracker.counts].map(([node, c]) => ({ node, ...c })) : [],
        verdict: verdictOf(tracker),
        switches: tracker?.switches ?? [],
        timeline,
        omitted: state.requests - timeline.length,
        chart: tracker
          ? { slice: tracker.chart.slice, lanes: [...tracker.chart.lanes].map(([node, counts]) => ({ node, counts: trim(counts, tracker.chart.slice, state.requests) })), switchSlices: [...tracker.chart.switchSlices].sort((a, b) => a - b) }
          : { slice: 1, lanes: [], switchSlices: [] },
      };
      sessions.push({ state, out, ...(tracker ? { tracker } : {}) });
    }

    const facts: Facts = {};
    const sources: Partial<Record<FactName, string>> = {};
    const set = <K extends FactName>(fact: K, value: Facts[K], why: string) => {
      if (facts[fact] !== undefined) return;
      facts[fact] = value;
      sources[fact] = why;
    };

    const switched = sessions.find((s) => s.out.verdict === 'switched');
    if (switched) {
      const first = switched.out.switches.find((s) => !s.rest) ?? switched.out.switches[0]!;
      set('lb.sticky', false, `${switched.out.label} was answered by ${switched.out.nodes.length} nodes (${switched.out.nodeSource}): it moved from ${first.from} to ${first.to} at request ${first.index}, ${first.method} ${first.path} at ${first.at}`);
    }
    const restElsewhere = sessions.find((s) => s.out.verdict === 'rest-elsewhere');
    if (restElsewhere) {
      const first = restElsewhere.out.switches.find((s) => s.rest) ?? restElsewhere.out.switches[0]!;
      const pages = [...restElsewhere.tracker!.pages][0]!;
      const why = `in ${restElsewhere.out.label} every page came from ${pages}, but its /rest/ calls were answered by ${[...restElsewhere.tracker!.restNodes].filter((n) => n !== pages).join(', ')} (first: request ${first.index}, ${first.method} ${first.path} at ${first.at})`;
      set('lb.restPinnedToNode', true, why);
      set('lb.internalRestKeptOnUserNode', false, why);
    }
    // Stickiness is shown only by a session that stayed on one node through the whole sign-in.
    const signedIn = sessions.find((s) => s.state.callback && s.out.verdict === 'one-node' && s.state.beforeSignIn > 0 && s.state.afterCallback > 0);
    if (signedIn && !switched) {
      const node = signedIn.out.nodes[0]!.node;
      set('lb.sticky', true, `${signedIn.out.label} stayed on ${node} (${signedIn.out.nodeSource}) for all ${signedIn.out.requests} requests: ${signedIn.state.beforeSignIn} before Jira sent the browser to Microsoft, the callback, and ${signedIn.state.afterCallback} after it`);
      if (!restElsewhere && (signedIn.tracker?.counts.get(node)?.rest ?? 0) > 0) {
        set('lb.internalRestKeptOnUserNode', true, `the /rest/ calls of ${signedIn.out.label} stayed on ${node} through the sign-in`);
      }
    }
    for (const source of SOURCES) {
      const nodes = new Set(sessions.flatMap((s) => (s.out.nodeSource === source ? s.out.nodes.map((n) => n.node) : [])));
      if (nodes.size > 1) {
        set('jira.clustered', true, `${nodes.size} Jira nodes answered in the recording (${source}): ${[...nodes].slice(0, 6).join(', ')}`);
        break;
      }
    }

    const jira = <T>(c: Candidate<T> | undefined) => (c && isJira(c.host) ? c.value : undefined);
    const reason = jira(this.loginReason);
    if (reason) set('auth.loginReason', reason.value, reason.why);
    const denied = jira(this.deniedReason);
    if (denied) set('auth.deniedReason', denied.value, denied.why);
    const failed = jira(this.failedRequest);
    if (failed) {
      set('request.formEncoded', failed.formEncoded, failed.why);
      set('request.hasNoCheckHeader', failed.noCheck, failed.why);
    }
    const expired = sessions.find((s) => s.state.worksThenFails);
    if (expired) {
      const w = expired.state.worksThenFails!;
      set('cookie.worksThenFails', true, `in ${expired.out.label} /rest/ calls worked, then ${w.path} got 401 at ${w.at}`);
    }
    if (this.scopes) {
      set('oauth.scopes', this.scopes.value, 'the scopes Jira asked Microsoft for in the authorize request of the recording');
      set('oauth.authorizeEndpoint', this.scopes.endpoint, "the Microsoft authorize endpoint Jira sent the browser to");
    }

    const notes = [...this.notes];
    if (this.cached) notes.push(`${this.cached} request(s) were answered from the browser's cache: no node answered them, so they are left out`);
    if (!jiraHosts.length) notes.push('no answer in the recording carries Jira\'s headers (X-AREQUESTID, X-ANODEID, X-AUSERNAME): was it recorded while using Jira?');
    else if (sessions.length && sessions.every((s) => s.out.nodeSource === 'none')) {
      notes.push('no answer names its node (no X-ANODEID header, no route at the end of JSESSIONID, no load-balancer cookie): the recording cannot show node switching. A single-node Jira looks like this too.');
    }
    if (sessions.some((s) => s.state.identifiedBy === 'none')) {
      notes.push('the recording holds no cookies (Chrome 130 and later leave them out unless "Export HAR (with sensitive data)" is chosen): each Jira host was treated as one browser session');
    }
    const authorized = this.files.some((f) => f.authorizeAt);
    if (!authorized && jiraHosts.length) {
      notes.push("the recording does not include Jira sending the browser to Microsoft's sign-in: to check stickiness during the mailbox authorization, record from opening the mail server's page in Jira, through the Microsoft sign-in, until Jira shows the result");
    } else if (authorized && !this.files.some((f) => f.callbackSession)) {
      notes.push('the recording stops before Microsoft sent the browser back to Jira: record until Jira shows the result of the authorization');
    }

    const recording: Recording = this.masker.deep({
      files: this.files.map((f) => ({ name: f.name, ...(f.browser ? { browser: f.browser } : {}), requests: f.requests })),
      jiraHosts,
      jiraRequests: sessions.reduce((sum, s) => sum + s.out.requests, 0),
      sessions: sessions.map((s) => s.out),
      oauth: this.oauth,
      failures: this.failures.filter((f) => isJira(f.host)).slice(0, FAILURES).map((f) => f.value),
      notes,
    });
    return { recording, facts, sources, errors: this.errors, file: this.files.map((f) => f.name).join(', ') };
  }
}

function verdictOf(tracker: Tracker | undefined): RecordedSession['verdict'] {
  if (!tracker) return 'no-node';
  if (tracker.counts.size <= 1) return 'one-node';
  if (tracker.pages.size === 1 && [...tracker.restNodes].some((n) => !tracker.pages.has(n))) return 'rest-elsewhere';
  return 'switched';
}

/** The JSESSIONID without its route: the session is the same whichever node the route names. */
function withoutRoute(value: string): string {
  return routeOf(value) ? value.slice(0, value.lastIndexOf('.')) : value;
}

/** Tomcat's jvmRoute at the end of JSESSIONID: `8F2C….node1` → `node1`. */
function routeOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const route = value.slice(dot + 1);
  return /^[A-Za-z][\w-]{0,63}$/.test(route) ? route : undefined;
}

/** The route a load balancer's cookie names: `ROUTEID=.node1` → node1; F5's encoded address → 10.1.1.100:8080. */
function stickyNode(cookies: Map<string, string>): string | undefined {
  for (const [name, value] of cookies) {
    if (!STICKY_COOKIE.test(name) || !value) continue;
    const f5 = /^(\d{5,10})\.(\d{1,5})\.\d{4}$/.exec(value);
    if (/^BIGipServer/i.test(name) && f5) {
      const ip = Number(f5[1]);
      const port = Number(f5[2]);
      return `${ip & 255}.${(ip >>> 8) & 255}.${(ip >>> 16) & 255}.${ip >>> 24}:${((port & 255) << 8) | (port >>> 8)}`;
    }
    return value.replace(/^\./, '').slice(0, 64);
  }
  return undefined;
}

function isMicrosoft(location: string): boolean {
  const url = safeUrl(location);
  return url !== undefined && MICROSOFT_LOGIN.test(url.hostname) && AUTHORIZE_PATH.test(url.pathname);
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Slices past the last request are dropped, so the chart ends where the session does. */
function trim(counts: number[], slice: number, requests: number): number[] {
  return counts.slice(0, Math.max(1, Math.ceil(requests / slice)));
}
