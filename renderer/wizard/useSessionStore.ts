import { useCallback, useRef, useState } from 'react';
import type { Session } from '../../knowledge';
import { errorMessage, useApi } from '../app/api';
import { recordSessionRoute } from '../app/route';

export type SaveState = { state: 'new' | 'saving' | 'saved' } | { state: 'failed'; message: string };
export type Patch = Partial<Pick<Session, 'answers' | 'unknown' | 'machine' | 'checks' | 'scan'>>;

/**
 * Keeps a wizard's session saved through the API: every change is saved at once, one save at a
 * time, the latest changes merged while a save is in flight. A new session is created on its first
 * change (so opening the app leaves no empty sessions behind). A failed save keeps the changes for
 * a retry: nothing on screen is lost.
 */
export function useSessionStore(initial: Session | undefined, nameForNew: (first: Patch) => string) {
  const api = useApi();
  const session = useRef<Session | undefined>(initial);
  const pending = useRef<Patch | undefined>(undefined);
  const busy = useRef(false);
  const newName = useRef<string | undefined>(undefined);
  const [state, setState] = useState<SaveState>({ state: initial ? 'saved' : 'new' });
  const [current, setCurrent] = useState<Session | undefined>(initial);
  const [unsavedName, setUnsavedName] = useState<string>();

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      while (pending.current) {
        const patch = pending.current;
        pending.current = undefined;
        setState({ state: 'saving' });
        try {
          if (!session.current) {
            session.current = await api.sessions.create({ name: newName.current ?? nameForNew(patch) });
            recordSessionRoute(session.current.id);
          }
          const next: Session = { ...session.current, ...patch };
          const { updatedAt } = await api.sessions.save({ session: next });
          session.current = { ...next, updatedAt };
          setCurrent(session.current);
        } catch (error) {
          // Changes made while this save failed are newer than the patch: they win.
          pending.current = { ...patch, ...(pending.current as Patch | undefined) };
          setState({ state: 'failed', message: errorMessage(error) });
          return;
        }
      }
      setState({ state: 'saved' });
    } finally {
      busy.current = false;
    }
  }, [api, nameForNew]);

  const save = useCallback(
    (patch: Patch) => {
      pending.current = { ...pending.current, ...patch };
      void flush();
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
