import type { Envelope } from '../api/wire';
import type { FileReader } from '../resources/app-files';
import { SECURITY_HEADERS } from '../server/guard';
import { isPage, resolveStatic, withAppInfo } from '../server/static-files';
import { APP_HOST } from './security';

/**
 * Answers app://jira-doctor/… from the built renderer, with the same CSP and security headers as
 * browser mode, and the app's information written into the page (as browser mode does). Nothing
 * outside the renderer folder is reachable.
 */
export function createAppProtocolHandler(renderer: FileReader, appInfo?: () => Promise<Envelope<unknown>>): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    let file = await resolveStatic(renderer, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    if (appInfo && isPage(file)) {
      const info = await appInfo();
      if (info.ok) file = withAppInfo(file, info.value);
    }
    return new Response(file.body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': file.type } });
  };
}
