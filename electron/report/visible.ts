/**
 * Characters a reader cannot see but that change what they read: control characters (a terminal
 * escape, a NUL, a carriage return that hides the start of a line), bidirectional overrides that
 * show `exe.pdf` for `fdp.exe`, zero-width spaces and byte-order marks. A report shows each as its
 * code point, so what the session held is visible and nothing is silently dropped.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = new RegExp('[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]', 'g');

export function visible(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
