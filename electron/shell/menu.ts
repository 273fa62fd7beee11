import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/wire';

/** Help links: the vendors' documentation behind the articles (allow-listed in external-links.ts). */
export const HELP_LINKS = [
  { label: 'Jira Data Center administration (Atlassian)', url: 'https://confluence.atlassian.com/adminjiraserver/' },
  { label: 'Jira REST API authentication (Atlassian)', url: 'https://developer.atlassian.com/server/jira/platform/security-overview/' },
  { label: 'IMAP and POP with OAuth 2.0 (Microsoft)', url: 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth' },
] as const;

/**
 * The application menu and its keyboard shortcuts. Commands the UI carries out are sent to the page
 * (`api.app.onMenuCommand`); the rest are Electron's standard roles.
 */
export function menuTemplate(options: {
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
  openExternal: (url: string) => void;
  developer: boolean;
}): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => options.send(name) });
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        command('New diagnosis', 'CmdOrCtrl+N', 'new-session'),
        command('Saved sessions…', 'CmdOrCtrl+O', 'open-sessions'),
        command('Export report…', 'CmdOrCtrl+E', 'export-report'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [
        // The app's own links, and main.ts passes the allow-listed opener (openIfAllowed).
        ...HELP_LINKS.map((link) => ({ label: link.label, click: () => options.openExternal(link.url) })), /* eng-disable OPEN_EXTERNAL_JS_CHECK */
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
}
