import type { Rectangle } from 'electron';

export type WindowState = { bounds: Rectangle; maximized: boolean };

export const DEFAULT_SIZE = { width: 1200, height: 820 };
const MIN_VISIBLE = 100;

/**
 * The saved bounds when enough of the window would be on a screen that exists now (a laptop
 * undocked from its second monitor), else the default size, centred by Electron.
 */
export function restoreBounds(saved: unknown, workAreas: Rectangle[]): { bounds: Partial<Rectangle>; maximized: boolean } {
  const state = saved as Partial<WindowState> | undefined;
  const b = state?.bounds;
  const valid = b && [b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n)) && b.width >= 400 && b.height >= 300;
  if (!valid || !workAreas.some((area) => overlap(b, area) >= MIN_VISIBLE)) return { bounds: DEFAULT_SIZE, maximized: false };
  return { bounds: b, maximized: state.maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.min(width, height);
}
