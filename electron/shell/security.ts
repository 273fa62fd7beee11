import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { checkExternalUrl } from '../api/external-links';

/**
 * The desktop app's safety rails, applied from the first window on: the page can neither leave the
 * app (navigation, new windows, webviews), nor get device permissions, nor reach the network, and
 * only the app's own top frame may call the API.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'jira-doctor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The trusted sender of an API call: the main window's own web contents, from its top frame, on
 * the app's origin. An iframe, another window or a page that got navigated away is refused.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trusted: WebContents | undefined): boolean {
  const frame = event.senderFrame;
  if (!trusted || trusted.isDestroyed() || event.sender !== trusted || !frame) return false;
  return frame === trusted.mainFrame && isAppUrl(frame.url);
}

/** Links may leave the app only to the system browser, and only when allow-listed. */
export function openIfAllowed(url: string, openExternal: (url: string) => Promise<void>): void {
  const checked = checkExternalUrl(url);
  if (checked.ok) void openExternal(checked.url).catch(() => {});
}

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, openExternal);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfAllowed(url, openExternal);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No camera, microphone, notifications, USB… and no request leaves the machine from the page. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));
}
