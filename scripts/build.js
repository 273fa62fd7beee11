// Builds what `npm install` leaves ready to run: the command line (and, as they land, the Electron
// main process, its preload and the renderer). Dependencies stay in node_modules, not in the bundle.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const node = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', sourcemap: true, logLevel: 'warning' };

const entries = [
  { entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/main.js' },
];

await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...node, ...e })));

// The renderer (React UI) for the Electron window and browser mode: `npm run build:renderer` alone.
if (existsSync('renderer/main.tsx')) await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
