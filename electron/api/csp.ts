/**
 * The Content Security Policy of the UI, the same in the desktop app (app:// responses) and in
 * browser mode (HTTP header): only the app's own files, no remote origin, no inline script, no
 * plug-ins, no framing, no form posts. Vite builds every script and style into files (vite.config.ts).
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Directives a `<meta>` policy may not carry (CSP Level 3 §3.3): browsers ignore them there, with a warning. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The same policy as renderer/index.html's `<meta http-equiv="Content-Security-Policy">` states it:
 * the page carries it wherever it is loaded from (and scanners such as Electronegativity, which read
 * the files, see it), the header adds what only a header can.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!)).join('; ');
