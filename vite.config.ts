// Builds the renderer into dist/renderer/: the Electron shell loads it from disk and the
// browser-mode server serves it from loopback. Relative asset paths (base './') work for both, and
// every script is an external module file, so a strict CSP without 'unsafe-inline' holds.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  plugins: [react()],
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
