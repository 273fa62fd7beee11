import type { AppInfo } from '../api/contract';
import type { StoreNotice } from '../sessions/json-store';
import { SERVICE_WORDS, serviceWords } from './words';

/**
 * The app's information (`app.info`) with the notices worded for the caller: the services answer
 * with it, and browser mode serves its page with it while the services still load.
 */
export function describeApp(app: Omit<AppInfo, 'notices'>, notices: StoreNotice[]): AppInfo {
  return { ...app, notices: uniqueNotices(notices).map((notice) => ({ code: notice.code, message: notice.say(serviceWords()) })) };
}

/** One notice per message: a store set aside twice (the app started twice) is said once. */
function uniqueNotices(notices: StoreNotice[]): StoreNotice[] {
  return [...new Map(notices.map((n) => [n.say(SERVICE_WORDS.en), n])).values()];
}
