import type { FileReader } from '../resources/app-files';
import { SECURITY_HEADERS } from '../server/guard';
import { resolveStatic } from '../server/static-files';
import { APP_HOST } from './security';

/**
 * Answers app://jira-doctor/… from the built renderer, with the same CSP and security headers as
 * browser mode. Nothing outside the renderer folder is reachable.
 */
export function createAppProtocolHandler(renderer: FileReader): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const file = await resolveStatic(renderer, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(file.body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': file.type } });
  };
}
