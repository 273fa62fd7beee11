// No React here: the start script (renderer/start/early.ts) reads it before React has loaded.
import type { AppInfo } from '../../electron/api/contract';
import { APP_INFO_ELEMENT_ID } from '../../electron/api/wire';

/**
 * The app's information as the page was served with it (browser mode and the desktop window both
 * write it into the HTML), so the UI starts without a round trip; undefined when it is not there.
 */
export function appInfoOfPage(page: Document): AppInfo | undefined {
  const text = page.getElementById(APP_INFO_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const info = JSON.parse(text) as Partial<AppInfo> | null;
    const complete = typeof info?.mode === 'string' && typeof info.version === 'string' && typeof info.knowledgeVersion === 'string' && Array.isArray(info.notices);
    return complete ? (info as AppInfo) : undefined;
  } catch {
    return undefined;
  }
}
