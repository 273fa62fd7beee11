import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The licences of what the executable carries, for the security team that approves it: the packages
 * whose files the bundlers actually took in (esbuild's metafile for the command line, the renderer
 * build's module list for the UI), not everything package.json names.
 */

export type BundledPackage = { name: string; version: string; license: string; dir: string; texts: { file: string; text: string }[] };

/** The package folder a bundled file belongs to: the part up to the last node_modules/<name> (or @scope/name). */
export function packageDirOf(file: string): string | undefined {
  const path = file.replaceAll('\\', '/');
  const at = path.lastIndexOf('node_modules/');
  if (at === -1) return undefined;
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  return path.slice(0, at + 'node_modules/'.length) + name.join('/');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** Every package of the given bundled files, with its licence files' texts, sorted by name. */
export function bundledPackages(root: string, files: Iterable<string>): BundledPackage[] {
  const dirs = new Set<string>();
  for (const file of files) {
    const dir = packageDirOf(file);
    if (dir) dirs.add(dir);
  }
  const packages = [...dirs].map((dir) => {
    const absolute = join(root, dir);
    const manifest = JSON.parse(readFileSync(join(absolute, 'package.json'), 'utf8')) as { name: string; version: string; license?: string | { type: string } };
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'not stated');
    const texts = readdirSync(absolute)
      .filter((f) => LICENCE_FILE.test(f))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(absolute, file), 'utf8').trim() }));
    return { name: manifest.name, version: manifest.version, license, dir, texts };
  });
  // The same package at the same version nested in two places carries the same licence: listed once.
  const unique = new Map(packages.map((p) => [`${p.name}@${p.version}`, p]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** THIRD-PARTY-LICENSES.txt: the Node.js runtime first, then every bundled package. */
export function licenceText(nodeVersion: string, nodeLicence: string, packages: BundledPackage[]): string {
  const rule = '='.repeat(78);
  const parts = [
    'jira-doctor: licences of the software inside this executable',
    '',
    `The executable is the Node.js ${nodeVersion} runtime with jira-doctor's own code and the`,
    `${packages.length} npm packages listed below bundled into it (exactly the packages whose files the`,
    'bundlers took in). Each package\'s licence files follow its name, as the package ships them.',
    '',
    ...packages.map((p) => `  ${p.name}@${p.version} (${p.license})`),
    '',
    rule,
    `Node.js ${nodeVersion}`,
    rule,
    nodeLicence.trim(),
  ];
  for (const p of packages) {
    parts.push('', rule, `${p.name}@${p.version} (${p.license})`, rule);
    if (p.texts.length === 0) parts.push(`This package ships no licence file; its package.json states the licence "${p.license}".`);
    for (const t of p.texts) parts.push(...(p.texts.length > 1 ? [`--- ${t.file}`] : []), t.text);
  }
  return `${parts.join('\n')}\n`;
}
