// The PDF libraries as one CommonJS file beside each bundle that writes reports (scripts/build.js).
// Left in node_modules, a cold `report` resolved, read and compiled some two hundred files of pdfmake,
// pdfkit, fontkit and theirs; and it ran what reports hardly ever use (fontkit is for embedded fonts,
// which an English report no longer has; WOFF2's decompressor unpacks its dictionary as it loads;
// hashing and AES are for encrypted PDFs; png-js for images). Those are loaded on their first use.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILE = 'pdf-libraries.cjs';
const ON_USE = ['fontkit', 'brotli/decompress.js', '@noble/ciphers/aes', '@noble/hashes/sha2', '@noble/hashes/utils', 'js-md5', 'png-js'];

/**
 * For the bundles that import electron/report/pdf-libraries.ts: it stays outside, the file built
 * beside them, which Node's require loads (an import would first scan its 3 MB for export names).
 */
export const pdfLibrariesBeside = {
  name: 'pdf-libraries-beside',
  setup(b) {
    b.onResolve({ filter: /^\.\/pdf-libraries$/ }, (args) => (args.importer.endsWith(join('electron', 'report', 'pdf.ts')) ? { path: FILE, namespace: 'pdf-libraries-beside' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'pdf-libraries-beside' }, () => ({
      contents: `import { createRequire } from 'node:module';\nexport const { libraries } = createRequire(import.meta.url)('./${FILE}');\n`,
      loader: 'js',
    }));
  },
};

/**
 * Builds the file into `outdir`, with pdfkit's font metrics (read from `data/` beside its code) copied
 * beside it. Resolves to esbuild's result (its metafile names what was written) and the files copied.
 */
export async function buildPdfLibraries(outdir) {
  const result = await build({
    entryPoints: ['electron/report/pdf-libraries.ts'],
    outfile: join(outdir, FILE),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Without comments and spaces (2.9 -> 1.5 MB), which V8 parses on load and again as each function
    // first runs; names are kept, so a stack trace still names pdfkit's and pdfmake's functions.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [loadedOnUse(ON_USE)],
  });
  const metrics = join(dirname(createRequire(import.meta.url).resolve('pdfkit')), 'data');
  await mkdir(join(outdir, 'data'), { recursive: true });
  const copied = [];
  for (const name of (await readdir(metrics)).filter((n) => n.endsWith('.afm'))) {
    await copyFile(join(metrics, name), join(outdir, 'data', name));
    copied.push(join(outdir, 'data', name));
  }
  return { result, copied };
}

/**
 * Each package of `names` becomes a stand-in with the same exports, each a getter that loads the
 * package on first use (a function package is callable and constructible too). The exports are read
 * here, at build time, from the package itself.
 */
function loadedOnUse(names) {
  const require = createRequire(import.meta.url);
  return {
    name: 'loaded-on-use',
    setup(b) {
      const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData?.real) return undefined;
        // As `require` finds it, whoever asks: an `import()` would find another build of the same package (fontkit's ES module).
        const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: 'require-call', pluginData: { real: true } });
        return { path: real.path, namespace: 'on-use' };
      });
      b.onResolve({ filter: /.*/, namespace: 'on-use' }, (args) => ({ path: args.path }));
      b.onLoad({ filter: /.*/, namespace: 'on-use' }, (args) => {
        const real = require(args.path);
        const keys = Object.keys(real).filter((key) => key !== '__esModule');
        const contents = [
          'let loaded;',
          `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          typeof real === 'function'
            ? 'module.exports = function (...args) { return new.target ? new (load())(...args) : load().apply(this, args); };'
            : 'module.exports = {};',
          ...(real.__esModule ? ["Object.defineProperty(module.exports, '__esModule', { value: true });"] : []),
          `for (const key of ${JSON.stringify(keys)}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });`,
        ].join('\n');
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
