/** The checks' default and maximum limits, apart from the settings schema so `check --help` can show them without loading zod. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_DEADLINE_MS = 90_000;
export const DEFAULT_SAMPLES = 10;
export const MAX_SAMPLES = 50;
export const DEFAULT_SESSION_GAP_MS = 250;
