/**
 * Microsoft's clouds, which the checks and the command line's `--azure-cloud` choose from (jira-facts
 * §4.2, §4.3). A module of its own: every command's help lists them, and ./microsoft.ts brings all of
 * the checks' wording with it.
 */
export const CLOUDS = ['worldwide', 'gcc', 'gcc-high', 'dod'] as const;
export type Cloud = (typeof CLOUDS)[number];
