// Builds the renderer into dist/renderer/: the Electron shell loads it from disk and the
// browser-mode server serves it from loopback. Relative asset paths (base './') work for both, and
// every script is an external module file, so a strict CSP without 'unsafe-inline' holds.
import react from '@vitejs/plugin-react';
import { build as esbuild, type Plugin as EsbuildPlugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import subsetFont from 'subset-font';
import { defineConfig, type Plugin } from 'vite';
import { LANGUAGES, type Language } from './knowledge/i18n/language.ts';
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
  plugins: [react(), startScreen()],
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
 * its unicode-range. The page's start script (renderer/start/early.ts) registers it with the
 * FontFace API before the first paint, so an English window draws the switch without fetching the
 * 5 MB font, and fetches nothing at all for it (font-src is about fetches; a font made from bytes is none).
 */
async function languageSwitchFont(): Promise<string> {
  // The system fonts draw the Latin letters; only what they may lack (CJK and its punctuation) is cut.
  const glyphs = [...new Set(LANGUAGE_SWITCH_TEXT)].filter((c) => c.codePointAt(0)! >= 0x3000);
  const noto = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
  const font = await subsetFont(await readFile(noto), glyphs.join(''), { targetFormat: 'woff2' });
  const unicodeRange = glyphs.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ');
  return `export const font = ${JSON.stringify(font.toString('base64'))};\nexport const unicodeRange = ${JSON.stringify(unicodeRange)};\n`;
}

/**
 * The start screen in the page itself: rendered here by the app's own components, once per
 * language, into index.html as templates, with the classic script that shows the right one before
 * the first paint (renderer/start/early.ts). The page then paints its start screen once its HTML
 * and style are in, without waiting for React and the app's first script to load and run.
 */
function startScreen(): Plugin {
  const bundle = (entry: string, options: Parameters<typeof esbuild>[0]) =>
    esbuild({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, write: false, target: 'es2023', logLevel: 'warning', ...options }).then((r) => r.outputFiles![0]!.text);
  return {
    name: 'jira-doctor:start-screen',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, output) {
      const page = output['index.html'];
      if (page?.type !== 'asset' || !String(page.source).includes('<div id="root"></div>')) return this.error('index.html has no empty <div id="root"></div> to follow with the start screen');
      // Run here with the packages from node_modules (React's server renderer for Node: the browser's
      // opens a MessageChannel when loaded, which kept the build from ever exiting).
      const prerender = await bundle('./renderer/start/prerender.tsx', { format: 'cjs', platform: 'node', target: 'node20', jsx: 'automatic', packages: 'external' });
      const loaded = { exports: {} as { prerenderStart?: (language: Language) => string } };
      const run = compileFunction(prerender, ['require', 'module', 'exports'], { filename: 'renderer/start/prerender.tsx' }) as (require: NodeJS.Require, module: typeof loaded, exports: object) => void;
      run(createRequire(import.meta.url), loaded, loaded.exports);
      const { prerenderStart } = loaded.exports;
      if (!prerenderStart) return this.error('renderer/start/prerender.tsx has no prerenderStart');
      const templates = LANGUAGES.map((language) => `<template id="start-${language}">${prerenderStart(language)}</template>`).join('\n    ');
      const fontModule: EsbuildPlugin = {
        name: 'language-switch-font',
        setup(build) {
          build.onResolve({ filter: /^virtual:language-switch-font$/ }, ({ path }) => ({ path, namespace: 'virtual' }));
          build.onLoad({ filter: /.*/, namespace: 'virtual' }, async () => ({ contents: await languageSwitchFont(), loader: 'js' }));
        },
      };
      const early = await bundle('./renderer/start/early.ts', { format: 'iife', platform: 'browser', minify: true, plugins: [fontModule] });
      const script = this.getFileName(this.emitFile({ type: 'asset', name: 'start.js', source: early }));
      page.source = String(page.source).replace('<div id="root"></div>', () => `<div id="root"></div>\n    ${templates}\n    <script src="./${script}"></script>`);
    },
  };
}
