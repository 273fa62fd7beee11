import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../../../electron/shell/runtime';
import { restoreBounds, DEFAULT_SIZE } from '../../../electron/shell/window-state';
import { resolveDataDir } from '../../../electron/sessions/data-dir';

let root: string;
const display = { DISPLAY: ':0' };
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'jira-doctor-runtime-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function electronPackage(files: Record<string, string>) {
  const pkg = join(root, 'node_modules', 'electron');
  await mkdir(join(pkg, 'dist'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(pkg, name), text);
  return pkg;
}

describe('finding the Electron runtime without downloading it', () => {
  it('says the package is missing', () => {
    expect(findElectronRuntime(root, display, 'linux')).toEqual({ found: false, reason: expect.stringContaining('not installed') as string });
  });

  it('says the runtime was never downloaded (the package alone, as npm installs it)', async () => {
    await electronPackage({ 'index.js': 'throw new Error("must not be loaded")' });
    expect(findElectronRuntime(root, display, 'linux')).toEqual({ found: false, reason: expect.stringContaining('has not been downloaded') as string });
  });

  it('says the download is incomplete when path.txt names a missing file', async () => {
    await electronPackage({ 'path.txt': 'electron' });
    expect(findElectronRuntime(root, display, 'linux')).toMatchObject({ found: false, reason: expect.stringContaining('incomplete') as string });
  });

  it('finds the downloaded runtime', async () => {
    const pkg = await electronPackage({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronRuntime(root, display, 'linux')).toEqual({ found: true, executable: join(pkg, 'dist', 'electron') });
  });

  it('finds a runtime installed elsewhere through ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const elsewhere = join(root, 'opt-electron');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'electron'), '');
    expect(findElectronRuntime(root, { ...display, ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, 'linux')).toEqual({ found: true, executable: join(elsewhere, 'electron') });
    expect(findElectronRuntime(root, { ...display, ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nothing') }, 'linux')).toMatchObject({ found: false });
  });

  it('does not start a window on a Linux machine without a display', async () => {
    await electronPackage({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronRuntime(root, {}, 'linux')).toMatchObject({ found: false, reason: expect.stringContaining('no graphical display') as string });
    expect(findElectronRuntime(root, { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toMatchObject({ found: true });
  });
});

describe('the remembered window', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('comes back where it was', () => {
    expect(restoreBounds({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }, screen)).toEqual({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true });
  });
  it('starts at the default size when its screen is gone or the state is junk', () => {
    expect(restoreBounds({ bounds: { x: 2500, y: 50, width: 1000, height: 700 } }, screen)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(restoreBounds({ bounds: { x: 0, y: 0, width: 'wide' } }, screen)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(restoreBounds(undefined, screen)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });
});

describe('the data folder', () => {
  it('is --user-data-dir, else JIRA_DOCTOR_DATA_DIR, else where Electron keeps app data', () => {
    expect(resolveDataDir(['--user-data-dir', '/tmp/a'], { JIRA_DOCTOR_DATA_DIR: '/tmp/b' }, 'linux', '/home/u')).toBe('/tmp/a');
    expect(resolveDataDir(['--user-data-dir=/tmp/a'], {}, 'linux', '/home/u')).toBe('/tmp/a');
    expect(resolveDataDir([], { JIRA_DOCTOR_DATA_DIR: '/tmp/b' }, 'linux', '/home/u')).toBe('/tmp/b');
    expect(resolveDataDir([], {}, 'linux', '/home/u')).toBe('/home/u/.config/jira-doctor');
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/u')).toBe('/xdg/jira-doctor');
    expect(resolveDataDir([], {}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/jira-doctor');
  });
});
