import * as z from 'zod';

/**
 * What a browser's network recording (a HAR file) showed, as part of the scan report: for each
 * browser session, which Jira node answered each request (and where it switched), the steps of an
 * OAuth sign-in with Microsoft, and the failed requests. Never a cookie, token or query string:
 * paths are kept without their query, sessions are numbered, not named by their cookie.
 */
export type Recording = {
  /** The recordings read: file, the browser that made it, and how many requests it holds. */
  files: { name: string; browser?: string; requests: number }[];
  /** Hosts whose answers carry Jira's marks (X-AREQUESTID, X-ANODEID, X-AUSERNAME, Seraph headers). */
  jiraHosts: string[];
  jiraRequests: number;
  sessions: RecordedSession[];
  oauth: OAuthStep[];
  failures: RecordedFailure[];
  notes: string[];
};

/** Where a session's node names come from, best first. */
export const NODE_SOURCES = ['X-ANODEID', 'JSESSIONID route', 'load-balancer cookie', 'none'] as const;
export type NodeSource = (typeof NODE_SOURCES)[number];

export type RecordedSession = {
  /** "Browser session 1": numbered, never named by its cookie. */
  label: string;
  file: string;
  host: string;
  /** The cookie that tells the session apart (JSESSIONID, a load balancer's cookie), or none when the recording left cookies out. */
  identifiedBy: string;
  nodeSource: NodeSource;
  requests: number;
  firstAt?: string;
  lastAt?: string;
  /** Nodes in the order they first answered, with how many requests each (and how many of them /rest/ calls). */
  nodes: { node: string; requests: number; rest: number }[];
  /** one-node: one node answered all; switched: pages went to several nodes; rest-elsewhere: only /rest/ calls went to another node. */
  verdict: 'one-node' | 'switched' | 'rest-elsewhere' | 'no-node';
  switches: NodeSwitch[];
  /** Requests in order (the first few hundred, every switch, and the last few); `omitted` counts the rest. */
  timeline: TimelineItem[];
  omitted: number;
  /** Requests per node in equal slices of the session, for a small chart. */
  chart: { slice: number; lanes: { node: string; counts: number[] }[]; switchSlices: number[] };
};

export type NodeSwitch = { index: number; at: string; method: string; path: string; from: string; to: string; rest: boolean };

export type TimelineItem = {
  /** Position among the session's requests, from 1. */
  index: number;
  at: string;
  method: string;
  path: string;
  status: number;
  node?: string;
  rest: boolean;
  switched?: boolean;
};

export type OAuthStep = {
  step: 'to-microsoft' | 'authorize' | 'sign-in' | 'callback' | 'back-in-jira' | 'error';
  at: string;
  host: string;
  path: string;
  status: number;
  node?: string;
  /** In plain words (for sign-in: how many requests; for errors: the message). */
  detail?: string;
};

export type RecordedFailure = { at: string; method: string; host: string; path: string; status: number; node?: string; what: string };

const nodeSwitch = z.lazy(() => z.strictObject({ index: z.number().int(), at: z.string(), method: z.string(), path: z.string(), from: z.string(), to: z.string(), rest: z.boolean() }));

export const recordingSchema: z.ZodType<Recording> = z.lazy(() => z.strictObject({
  files: z.array(z.strictObject({ name: z.string(), browser: z.string().optional(), requests: z.number().int() })),
  jiraHosts: z.array(z.string()),
  jiraRequests: z.number().int(),
  sessions: z.array(
    z.strictObject({
      label: z.string(),
      file: z.string(),
      host: z.string(),
      identifiedBy: z.string(),
      nodeSource: z.enum(NODE_SOURCES),
      requests: z.number().int(),
      firstAt: z.string().optional(),
      lastAt: z.string().optional(),
      nodes: z.array(z.strictObject({ node: z.string(), requests: z.number().int(), rest: z.number().int() })),
      verdict: z.enum(['one-node', 'switched', 'rest-elsewhere', 'no-node']),
      switches: z.array(nodeSwitch),
      timeline: z.array(
        z.strictObject({
          index: z.number().int(),
          at: z.string(),
          method: z.string(),
          path: z.string(),
          status: z.number().int(),
          node: z.string().optional(),
          rest: z.boolean(),
          switched: z.boolean().optional(),
        }),
      ),
      omitted: z.number().int(),
      chart: z.strictObject({
        slice: z.number().int(),
        lanes: z.array(z.strictObject({ node: z.string(), counts: z.array(z.number().int()) })),
        switchSlices: z.array(z.number().int()),
      }),
    }),
  ),
  oauth: z.array(
    z.strictObject({
      step: z.enum(['to-microsoft', 'authorize', 'sign-in', 'callback', 'back-in-jira', 'error']),
      at: z.string(),
      host: z.string(),
      path: z.string(),
      status: z.number().int(),
      node: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
  failures: z.array(
    z.strictObject({ at: z.string(), method: z.string(), host: z.string(), path: z.string(), status: z.number().int(), node: z.string().optional(), what: z.string() }),
  ),
  notes: z.array(z.string()),
}));
