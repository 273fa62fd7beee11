/**
 * Runs `tasks` one after another while the page is idle (between frames, when no input waits), as
 * many in one idle period as its time allows; returns the function that cancels the rest. Where the
 * browser has no idle callbacks, a short timer stands in.
 */
export function whenIdle(tasks: readonly (() => void)[]): () => void {
  let next = 0;
  let handle: number | undefined;
  const idle = typeof requestIdleCallback === 'function';
  const schedule = () => {
    handle = idle ? requestIdleCallback(run, { timeout: 2_000 }) : window.setTimeout(() => run(undefined), 50);
  };
  const run = (deadline: IdleDeadline | undefined) => {
    handle = undefined;
    // At least one task per turn, then more while the idle period lasts.
    do tasks[next++]?.();
    while (next < tasks.length && deadline !== undefined && deadline.timeRemaining() > 4);
    if (next < tasks.length) schedule();
  };
  if (tasks.length) schedule();
  return () => {
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}

/**
 * Runs `run` once the browser has drawn the next frame, so that work which can wait (a save, a
 * focus move) never delays what the admin sees; a timer stands in where no frame comes (a hidden
 * tab). Returns the function that cancels it.
 */
export function afterNextFrame(run: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const frame = requestAnimationFrame(() => (timer = setTimeout(once, 0)));
  const fallback = setTimeout(once, 250);
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  return cancel;
}
