import { randomUUID } from 'node:crypto';
import { withChanges, type Session } from '../../knowledge/contract/session';
import type { Facts } from '../../knowledge/contract/facts';
import { diagnose } from '../../knowledge/core';
import { sessionSchema, type SessionChanges, type SessionSummary } from '../api/schemas';
import { ServiceError } from '../services/errors';
import { kindOf, serviceWords, type Said } from '../services/words';
import { maskSecretsDeep } from '../text/mask';
import { JsonStore, type StoreNotice } from './json-store';

/**
 * Saved diagnosis sessions, one file (`sessions.json`) in the app's data dir. Every save writes the
 * whole file atomically, so a crash at any moment leaves either the old or the new content. Sessions
 * are validated on the way in (save, import) and on the way out (a hand-edited file); a session
 * that fails is reported, never silently dropped or reset, and a file that is not a map of
 * sessions at all is set aside, never overwritten.
 */

const LABEL = 'saved-sessions';
type Stored = Record<string, unknown>;

/** sessions.json: `{"sessions": {"<id>": session, …}}` (files written by earlier versions also hold conf's `__internal__`). */
function sessionsShape(data: Record<string, unknown>): Said | undefined {
  const sessions = data.sessions;
  if (typeof sessions === 'object' && sessions !== null && !Array.isArray(sessions)) return undefined;
  const holds = kindOf(sessions);
  return (w) => w.sessionsNotMap(holds);
}

export type SessionStoreOptions = {
  dataDir: string;
  knowledgeVersion: string;
  now?: () => Date;
  notify?: (notice: StoreNotice) => void;
};

export class SessionStore {
  private readonly file: JsonStore;
  private readonly now: () => Date;
  private readonly notify: (notice: StoreNotice) => void;
  private readonly knowledgeVersion: string;

  constructor(options: SessionStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.notify = options.notify ?? (() => {});
    this.knowledgeVersion = options.knowledgeVersion;
    this.file = new JsonStore({ dir: options.dataDir, name: 'sessions', label: LABEL, defaults: { sessions: {} }, shape: sessionsShape, notify: this.notify });
  }

  get path(): string {
    return this.file.path;
  }

  list(): SessionSummary[] {
    const summaries: SessionSummary[] = [];
    for (const [id, raw] of Object.entries(this.readAll())) {
      const parsed = sessionSchema.safeParse(raw);
      if (!parsed.success) {
        const path = this.path;
        this.notify({ code: 'session-damaged', say: (w) => w.sessionDamagedNotice(id, path) });
        continue;
      }
      summaries.push(summarize(parsed.data));
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  create(name?: string): Session {
    const at = this.now().toISOString();
    const session: Session = {
      schemaVersion: 1,
      id: randomUUID(),
      name: name ?? `Diagnosis ${at.slice(0, 16).replace('T', ' ')}`,
      createdAt: at,
      updatedAt: at,
      knowledgeVersion: this.knowledgeVersion,
      answers: [],
      unknown: [],
    };
    this.write(session);
    return session;
  }

  get(id: string): Session {
    const raw = this.readAll()[id];
    if (raw === undefined) throw new ServiceError('not-found', serviceWords().noSession(id, 'pick'));
    const parsed = sessionSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ServiceError('failed', serviceWords().sessionDamaged(id, describe(parsed.error.issues)));
    }
    return parsed.data;
  }

  /** Saves the whole session; the store keeps `createdAt` and sets `updatedAt`. */
  save(session: Session): { updatedAt: string } {
    const existing = this.readAll()[session.id] as Session | undefined;
    const updatedAt = this.now().toISOString();
    this.write({ ...session, createdAt: existing?.createdAt ?? session.createdAt, updatedAt });
    return { updatedAt };
  }

  /** Saves what changed of a saved session (the request was validated); the rest stays as stored. */
  update(id: string, changes: SessionChanges): { updatedAt: string } {
    const existing = this.readAll()[id];
    if (existing === undefined) throw new ServiceError('not-found', serviceWords().noSession(id, 'start'));
    const updatedAt = this.now().toISOString();
    this.write({ ...withChanges(existing as Session, changes), updatedAt });
    return { updatedAt };
  }

  rename(id: string, name: string): void {
    this.write({ ...this.get(id), name, updatedAt: this.now().toISOString() });
  }

  delete(id: string): void {
    const all = this.readAll();
    if (!(id in all)) throw new ServiceError('not-found', serviceWords().noSession(id, 'gone'));
    delete all[id];
    this.file.set('sessions', all);
  }

  export(id: string): { filename: string; content: string } {
    const session = this.get(id);
    const slug = session.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'session';
    return { filename: `jira-doctor-${slug}-${session.updatedAt.slice(0, 10)}.json`, content: `${JSON.stringify(session, null, 2)}\n` };
  }

  /** Imports an exported session; a taken id gets a fresh one so nothing is overwritten. */
  import(content: string): Session {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new ServiceError('bad-request', serviceWords().importNotJson);
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > 1) {
      throw new ServiceError('bad-request', serviceWords().importNewer(version));
    }
    const parsed = sessionSchema.safeParse(json);
    if (!parsed.success) {
      throw new ServiceError(
        'bad-request',
        serviceWords().importNotSession,
        parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(file)', message: i.message })),
      );
    }
    const imported = parsed.data;
    const stored = this.readAll();
    const taken = imported.id in stored;
    // The same file imported twice: the session is already here, unchanged, so it is not copied again.
    const existing = taken ? sessionSchema.safeParse(stored[imported.id]) : undefined;
    if (existing?.success && sameContent(existing.data, imported)) return existing.data;
    // A wizard snapshot only fits the knowledge it was made with; the answers replay into any version.
    const { machine, ...rest } = imported;
    const session: Session = {
      ...rest,
      ...(imported.knowledgeVersion === this.knowledgeVersion && machine !== undefined ? { machine } : {}),
      id: taken ? randomUUID() : imported.id,
    };
    this.write(session);
    return session;
  }

  private readAll(): Stored {
    return { ...(this.file.get('sessions') as Stored) };
  }

  /** Every way into the file (save, import, create, rename) comes here: a pasted secret is masked before it is stored. */
  private write(session: Session): void {
    this.file.set('sessions', { ...this.readAll(), [session.id]: maskSecretsDeep(session) });
  }
}

/** What the admin said and found: two sessions with the same are the same session. */
function sameContent(a: Session, b: Session): boolean {
  const content = (s: Session) => JSON.stringify([s.name, s.answers, s.unknown]);
  return content(a) === content(b);
}

function summarize(session: Session): SessionSummary {
  const symptom = session.answers.find((a) => a.fact === 'symptom')?.value as SessionSummary['symptom'];
  const facts = Object.fromEntries(session.answers.map((a) => [a.fact, a.value])) as Facts;
  // The strongest cause in play, for the list's result column; a session with no answers has none.
  const top = session.answers.length ? diagnose(facts, symptom ? { symptom } : {}).causes[0] : undefined;
  return {
    id: session.id,
    name: session.name,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    ...(symptom ? { symptom } : {}),
    // "I don't know" is an answer too.
    answerCount: session.answers.length + session.unknown.length,
    ...(top && top.status !== 'possible' ? { result: { cause: top.id, title: top.title, status: top.status } } : {}),
  };
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'session'}: ${i.message}`)
    .join('; ');
}
