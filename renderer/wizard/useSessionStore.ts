import { useCallback, useEffect, useRef, useState } from 'react';
import { withChanges, type Session, type SessionChanges } from '../../knowledge/contract/session';
import { ApiError } from '../../electron/api/wire';
import { errorMessage, useApi } from '../app/api';
import { afterNextFrame } from '../app/idle';
import { recordSessionRoute } from '../app/route';

/**
 * `failed`: the last changes are not saved yet. `unsaved` names the answers concerned; `lasting`
 * is true when retrying cannot help (the app refuses this page), false while jira-doctor is only
 * out of reach and the changes are saved again by themselves as soon as it answers.
 */
export type SaveState = { state: 'new' | 'saving' | 'saved' } | { state: 'failed'; message: string; unsaved: Session['answers']; lasting: boolean };

/** Retries after a failed save: soon at first, then every few seconds, for as long as the page is open. */
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];
export type Patch = SessionChanges;

/** What to save: the changes, or a function that gives them when the save goes out (undefined: nothing after all). */
export type PatchSource = Patch | (() => Patch | undefined);

/**
 * Keeps a wizard's session saved through the API. Changes are saved once the next frame is drawn,
 * coalesced (answers given in one burst go in one save), one save at a time, and each save sends
 * only what changed (`sessions.update`), never the whole session with its reports. A new session
 * is created on its first change (so opening the app leaves no empty sessions behind). A failed
 * save keeps the changes and is retried by itself while jira-doctor is out of reach (stopped,
 * restarted): they are saved when it is back. When jira-doctor refuses the page, the answers that
 * were not saved are named.
 */
export function useSessionStore(initial: Session | undefined, nameForNew: (first: Patch) => string) {
  const api = useApi();
  const session = useRef<Session | undefined>(initial);
  const pending = useRef<PatchSource[]>([]);
  const scheduled = useRef(false);
  const busy = useRef(false);
  const newName = useRef<string | undefined>(undefined);
  const [state, setState] = useState<SaveState>({ state: initial ? 'saved' : 'new' });
  const [current, setCurrent] = useState<Session | undefined>(initial);
  const [unsavedName, setUnsavedName] = useState<string>();
  const failures = useRef(0);

  /** The pending changes as one patch, later ones winning; undefined when there is nothing to save. */
  const takePending = (): Patch | undefined => {
    const sources = pending.current;
    pending.current = [];
    const patch = sources.reduce<Patch>((merged, source) => ({ ...merged, ...(typeof source === 'function' ? source() : source) }), {});
    return Object.keys(patch).length ? patch : undefined;
  };

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      for (let patch = takePending(); patch; patch = takePending()) {
        setState({ state: 'saving' });
        try {
          if (!session.current) {
            session.current = await api.sessions.create({ name: newName.current ?? nameForNew(patch) });
            recordSessionRoute(session.current.id);
          }
          const { updatedAt } = await api.sessions.update({ id: session.current.id, changes: patch });
          session.current = { ...withChanges(session.current, patch), updatedAt };
          setCurrent(session.current);
        } catch (error) {
          // Changes made while this save failed are newer than the patch: they win.
          pending.current.unshift(patch);
          const unsaved = { ...patch, ...takePending() };
          pending.current = [unsaved];
          failures.current++;
          const lasting = error instanceof ApiError && (error.code === 'forbidden' || error.code === 'bad-request');
          setState({ state: 'failed', message: errorMessage(error), unsaved: unsavedAnswers(session.current, unsaved), lasting });
          return;
        }
      }
      failures.current = 0;
      setState((s) => (s.state === 'saving' ? { state: 'saved' } : s));
    } finally {
      busy.current = false;
    }
  }, [api, nameForNew]);

  // While saving fails for a reason that may pass (jira-doctor restarting), try again by itself.
  const failed = state.state === 'failed' && !state.lasting;
  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => void flush(), RETRY_MS[Math.min(failures.current, RETRY_MS.length) - 1] ?? RETRY_MS[0]);
    return () => clearTimeout(timer);
  }, [failed, state, flush]);

  const save = useCallback(
    (patch: PatchSource) => {
      pending.current.push(patch);
      if (scheduled.current) return;
      scheduled.current = true;
      afterNextFrame(() => {
        scheduled.current = false;
        void flush();
      });
    },
    [flush],
  );

  const rename = useCallback(
    async (name: string) => {
      if (!session.current) {
        newName.current = name;
        setUnsavedName(name);
        return;
      }
      await api.sessions.rename({ id: session.current.id, name });
      session.current = { ...session.current, name };
      setCurrent(session.current);
    },
    [api],
  );

  return { session: current, state, save, retry: flush, rename, displayName: current?.name ?? unsavedName };
}

/** The answers of `patch` that the last saved copy of the session does not hold. */
function unsavedAnswers(saved: Session | undefined, patch: Patch | undefined): Session['answers'] {
  const kept = new Set((saved?.answers ?? []).map((a) => JSON.stringify([a.fact, a.value, a.at])));
  return (patch?.answers ?? []).filter((a) => !kept.has(JSON.stringify([a.fact, a.value, a.at])));
}
