/**
 * Bumped whenever the knowledge changes what it concludes; saved sessions and reports carry it. A
 * module of its own: browser mode serves its page with it before the knowledge has loaded.
 */
export const KNOWLEDGE_VERSION = '2026.12.0';
