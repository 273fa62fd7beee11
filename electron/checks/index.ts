/**
 * The automated checks' service API, for the browser-mode server, Electron IPC and the command
 * line: parse the settings (secrets apart), then run.
 *
 *   const parsed = parseCheckSettings(untrusted, secrets);
 *   if (parsed.ok) await runChecks(parsed.settings, secrets, { signal, onProgress });
 */
export { runChecks, type ProgressEvent, type RunOptions } from './runner';
export {
  checkSettingsSchema,
  parseCheckSettings,
  normalizeBaseUrl,
  type CheckSettings,
  type CheckSettingsInput,
  type CheckSecrets,
  type SettingsProblem,
} from './settings';
export { ALL_CHECKS } from './all-checks';
export { formatProgress, formatReport } from './report-text';
