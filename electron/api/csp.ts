/**
 * The Content Security Policy of the UI, the same in the desktop app (app:// responses) and in
 * browser mode (HTTP header): only the app's own files, no remote origin, no inline script, no
 * plug-ins, no framing, no form posts. Vite builds every script and style into files (vite.config.ts).
 */
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');
