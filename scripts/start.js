// `npm start [-- --browser --port N --no-open --user-data-dir DIR]`: the desktop window where the
// Electron runtime is installed, otherwise the same UI in the local browser (electron/shell/launch.ts).
// `npm install` builds dist/; a checkout that skipped it is built here first.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const launcher = new URL('../dist/start/main.js', import.meta.url);
if (!existsSync(launcher) || !existsSync(new URL('../dist/renderer/index.html', import.meta.url))) {
  const built = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(launcher.href);
