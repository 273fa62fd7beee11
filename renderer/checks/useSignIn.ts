import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf, SignInView } from '../../electron/api/contract';
import { errorMessage, fieldProblems, useApi, useAppInfo } from '../app/api';

export type SignInMode = RequestOf<'signIn.start'>['mode'];

export type SignInState = {
  view?: SignInView;
  starting: boolean;
  /** Why the sign-in did not start, or why a pasted address was refused. */
  failure?: string;
  problems: Record<string, string>;
};

/** How often the page asks whether the browser has come back. */
const POLL_MS = 1_000;

/**
 * The wizard's sign-in the way Jira does it, through the API (the services run the same sign-in as
 * `check --mail-sign-in`). The page never holds the code or the token: only what the service shows
 * (the address to open, the device code, who signed in, what Microsoft answered).
 */
export function useSignIn() {
  const api = useApi();
  const { mode: appMode } = useAppInfo();
  const [state, setState] = useState<SignInState>({ starting: false, problems: {} });
  const current = useRef<string | undefined>(undefined);

  const waitingId = state.view?.state === 'waiting' ? state.view.signInId : undefined;
  useEffect(() => {
    if (waitingId === undefined) return;
    const timer = setInterval(() => {
      api.signIn.status({ signInId: waitingId }).then(
        (view) => current.current === view.signInId && setState((s) => ({ ...s, view })),
        (error: unknown) => setState((s) => ({ ...s, view: undefined, failure: errorMessage(error) })),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, waitingId]);

  const start = useCallback(
    async (request: RequestOf<'checks.start'>, mode: SignInMode) => {
      setState({ starting: true, problems: {} });
      try {
        const view = await api.signIn.start({ settings: request.settings, secrets: request.secrets ?? {}, mode });
        current.current = view.signInId;
        // The desktop app opened the system browser; a browser tab opens the sign-in next to itself.
        if (appMode === 'browser' && view.prompt && view.prompt.mode !== 'device' && !view.opened) window.open(view.prompt.authorizeUrl, '_blank', 'noopener,noreferrer');
        setState({ starting: false, view, problems: {} });
      } catch (error: unknown) {
        setState({ starting: false, failure: errorMessage(error), problems: signInFields(fieldProblems(error)) });
      }
    },
    [api, appMode],
  );

  const paste = useCallback(
    async (address: string) => {
      const id = state.view?.signInId;
      if (id === undefined) return;
      try {
        const view = await api.signIn.paste({ signInId: id, address });
        setState((s) => ({ ...s, view, failure: undefined, problems: {} }));
      } catch (error: unknown) {
        setState((s) => ({ ...s, problems: { address: errorMessage(error) } }));
      }
    },
    [api, state.view?.signInId],
  );

  const cancel = useCallback(() => {
    const id = state.view?.signInId;
    if (id !== undefined) void api.signIn.cancel({ signInId: id }).then((view) => setState((s) => ({ ...s, view })), () => undefined);
  }, [api, state.view?.signInId]);

  const reset = useCallback(() => {
    current.current = undefined;
    setState({ starting: false, problems: {} });
  }, []);

  return { state, start, paste, cancel, reset };
}

/** Problems come back named as the request has them ("settings.signIn.clientId"). */
function signInFields(problems: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([k, v]) => [k.replace(/^(settings|secrets)\./, ''), v]));
}
