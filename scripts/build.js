// Builds what `npm install` leaves ready to run: the command line (and, as they land, the Electron
// main process, its preload and the renderer). Dependencies stay in node_modules, not in the bundle.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import { buildPdfLibraries, pdfLibrariesBeside } from './pdf-libraries.js';

// Packages stay in node_modules, except the few written as many small ES modules that every start
// loads (zod is 95 files, string-width 7): Node resolves, reads and links each file on its own, which
// cost a cold `diagnose` more than the code itself. Bundled, each is one file of the chunk that needs it.
const INLINED = ['zod', 'string-width', 'get-east-asian-width'];
const { dependencies, devDependencies } = JSON.parse(await readFile('package.json', 'utf8'));
const external = Object.keys({ ...dependencies, ...devDependencies })
  .filter((name) => !INLINED.includes(name))
  .flatMap((name) => [name, `${name}/*`]);
const node = { bundle: true, platform: 'node', target: 'node20', format: 'esm', external, sourcemap: true, logLevel: 'warning' };

// The worker thread that matching, diagnoses and reports run in (electron/services/worker-pool.ts),
// built beside each entry that serves the API, where the pool looks for it.
const worker = { 'heavy-worker': 'electron/services/heavy-worker.ts' };
const entries = [
  // Split so that what a command loads lazily (the knowledge walker, say) stays out of every start.
  { entryPoints: { main: 'electron/cli/main.ts', ...worker }, outdir: 'dist/cli', splitting: true },
  // `npm start`: opens the Electron window, or serves the UI to the browser (electron/server).
  // Split into chunks so that checks, scans and reports load when first used, not at every start.
  { entryPoints: { main: 'electron/shell/launch.ts', ...worker }, outdir: 'dist/start', splitting: true },
  { entryPoints: { main: 'electron/shell/main.ts', ...worker }, outdir: 'dist/electron', splitting: true },
  // The sandboxed preload cannot load modules: one CommonJS file, only 'electron' left outside.
  { entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', packages: 'bundle', external: ['electron'] },
];

// The knowledge is validated here, by the tests and by `jira-doctor knowledge check`, and only merged
// when the app or a command starts: a knowledge base with a problem never makes it into dist/.
const validator = await build({ ...node, entryPoints: ['knowledge/assemble.ts'], packages: 'bundle', sourcemap: false, write: false });
const { assembleKnowledge, KNOWLEDGE_PARTS } = await import(`data:text/javascript;base64,${Buffer.from(validator.outputFiles[0].contents).toString('base64')}`);
const { problems } = assembleKnowledge(KNOWLEDGE_PARTS);
if (problems.length) {
  process.stderr.write(`The knowledge base is invalid:\n${problems.map((p) => `- ${p.where}: ${p.message}`).join('\n')}\n`);
  process.exit(1);
}

const firstEntry = (e) => (Array.isArray(e.entryPoints) ? e.entryPoints[0] : e.entryPoints.main);
const built = await Promise.all(entries.filter((e) => existsSync(firstEntry(e))).map((e) => build({ ...node, plugins: [pdfLibrariesBeside], ...e, metafile: true })));
// The PDF libraries, one file beside each bundle that writes reports (all but the preload).
const pdfLibraries = await Promise.all(entries.filter((e) => e.outdir && existsSync(firstEntry(e))).map((e) => buildPdfLibraries(e.outdir)));
built.push(...pdfLibraries.map((p) => p.result));

// Chunks are named by their content, so every change leaves the old ones behind: what this build did
// not write goes, so a stale chunk never ships. Removed only after the new files are all written (a
// command started meanwhile still finds every file it needs), and only files of the folders written.
const written = new Set(built.flatMap((result) => Object.keys(result.metafile.outputs).map((file) => resolve(file))));
const folders = new Set([...written].map((file) => dirname(file)));
for (const folder of folders) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = join(folder, entry.name);
    if (entry.isFile() && !written.has(file)) await rm(file, { force: true });
  }
}

// The renderer (React UI) for the Electron window and browser mode: `npm run build:renderer` alone.
// Built beside the old one and swapped in, so a running app never finds dist/renderer half-written.
if (existsSync('renderer/main.tsx')) {
  const staging = resolve(`dist/renderer.next-${process.pid}`);
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: staging } });
  await rm('dist/renderer', { recursive: true, force: true });
  await rename(staging, 'dist/renderer');
}
