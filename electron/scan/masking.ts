import { Masker } from '../checks/mask';

/**
 * Log text goes through the project's one masker (electron/checks/mask.ts). Logs name no secret
 * values up front, so only its pattern rules apply; JVM system properties whose names end in a
 * secret word (`-Dhttps.proxyPassword=…`, `-Djavax.net.ssl.trustStorePassword=…`) are camel-cased
 * and escape its word-boundary rule, so they are masked here first.
 */
const masker = new Masker();
const SECRET_SYSTEM_PROPERTY = /(-D[\w.-]*(?:password|passwd|secret|token|credentials?))=(\S*)/gi;

export function maskLogText(text: string): string {
  return masker.text(text.replace(SECRET_SYSTEM_PROPERTY, '$1=***'));
}
