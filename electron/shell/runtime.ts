import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type RuntimeCheck = { found: true; executable: string } | { found: false; reason: string };

/**
 * Finds the Electron runtime WITHOUT starting its download: `require('electron')` would fetch it
 * on first use (Electron 42 has no install script), which hangs or fails on air-gapped machines.
 * The npm package records the executable's name in path.txt once the runtime is in its dist/
 * folder; ELECTRON_OVERRIDE_DIST_PATH points to a runtime installed elsewhere.
 */
export function findElectronRuntime(appRoot: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): RuntimeCheck {
  const pkg = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let executable: string;
  if (override) {
    executable = join(override, recorded ?? (platform === 'win32' ? 'electron.exe' : platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'));
    if (!existsSync(executable)) return { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH names ${override}, which holds no Electron executable` };
  } else {
    if (!existsSync(pkg)) return { found: false, reason: 'the electron package is not installed (npm install without dev dependencies)' };
    if (!recorded) return { found: false, reason: 'the Electron runtime has not been downloaded (it comes from outside the npm registry)' };
    executable = join(pkg, 'dist', recorded);
    if (!existsSync(executable)) return { found: false, reason: 'the Electron runtime download is incomplete' };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { found: false, reason: 'there is no graphical display here (DISPLAY is not set)' };
  }
  return { found: true, executable };
}
