// Builds the renderer into dist/renderer/: the Electron shell loads it from disk and the
// browser-mode server serves it from loopback. Relative asset paths (base './') work for both, and
// every script is an external module file, so a strict CSP without 'unsafe-inline' holds.
import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { defineConfig, type Plugin } from 'vite';
import { LANGUAGE_SWITCH_TEXT } from './renderer/i18n/language-switch.ts';

// Always React's production build, whatever NODE_ENV the build inherits: under a test runner
// ("test") Vite made React's development build and the JSX development runtime (with this
// machine's file paths) and put them in dist/. Vite reads NODE_ENV after loading this file.
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [react(), languageSwitchFont()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Small images would be inlined as data: URLs, which a strict img-src would refuse.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2023',
    // One local bundle loaded from disk or loopback, never over a network: its size costs little.
    chunkSizeWarningLimit: 2048,
  },
  server: { host: '127.0.0.1', strictPort: true },
});

/**
 * `virtual:language-switch-font`: the Japanese glyphs of the language switch, which every window
 * shows ("日本語"), cut from the bundled Noto Sans JP into a font of about 1 KB (WOFF2, base64) and
 * its unicode-range. renderer/main.tsx registers it with the FontFace API before the first paint,
 * so an English window draws the switch without fetching the 5 MB font, and fetches nothing at
 * all for it (font-src is about fetches; a font made from bytes is none).
 */
function languageSwitchFont(): Plugin {
  const id = 'virtual:language-switch-font';
  return {
    name: 'jira-doctor:language-switch-font',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      // The system fonts draw the Latin letters; only what they may lack (CJK and its punctuation) is cut.
      const glyphs = [...new Set(LANGUAGE_SWITCH_TEXT)].filter((c) => c.codePointAt(0)! >= 0x3000);
      const noto = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
      const font = await subsetFont(await readFile(noto), glyphs.join(''), { targetFormat: 'woff2' });
      const unicodeRange = glyphs.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ');
      return `export const font = ${JSON.stringify(font.toString('base64'))};\nexport const unicodeRange = ${JSON.stringify(unicodeRange)};\n`;
    },
  };
}
