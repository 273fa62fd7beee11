/// <reference types="vite/client" />

/** The language switch's Japanese glyphs as a font (vite.config.ts): WOFF2 in base64, and the code points it covers. */
declare module 'virtual:language-switch-font' {
  export const font: string;
  export const unicodeRange: string;
}
