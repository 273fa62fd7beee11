// No React here: the start script (renderer/start/early.ts) reads the route before React has loaded.

/**
 * Hash routes, which work the same from a file (Electron) and from the loopback server:
 * `#/sessions` (the saved sessions), `#/session/<id>` (a saved session), anything else a new one.
 */
export type Route = { page: 'sessions' } | { page: 'session'; id: string } | { page: 'new' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/sessions') return { page: 'sessions' };
  const session = /^\/session\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (session?.[1]) return { page: 'session', id: session[1] };
  return { page: 'new' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'sessions':
      return '#/sessions';
    case 'session':
      return `#/session/${route.id}`;
    case 'new':
      return '#/new';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/**
 * Records where a new session now lives without leaving the page: `replaceState` fires no
 * `hashchange`, so the wizard on screen stays mounted, and a reload comes back to this session.
 */
export function recordSessionRoute(id: string): void {
  window.history.replaceState(null, '', hrefOf({ page: 'session', id }));
}
