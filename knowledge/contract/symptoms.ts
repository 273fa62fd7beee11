/**
 * The problem families of the public contract, without the facts' schemas: what a command line
 * needs to declare its options, where loading zod would slow every start.
 */
export const SYMPTOMS = ['rest-401', 'mail-oauth', 'cookie-auth', 'rest-sso'] as const;
export type Symptom = (typeof SYMPTOMS)[number];
