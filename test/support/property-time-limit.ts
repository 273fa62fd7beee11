import fc from 'fast-check';
import { beforeEach } from 'vitest';

/**
 * A failing property shrinks its case by running the body again and again. When each run is
 * synchronous work behind an already settled promise (a PDF laid out), the loop never yields to the
 * timers, vitest's time-out cannot fire, and CI waited for over an hour. fast-check itself checks the
 * clock between runs: each property stops at its test's time-out, with the smallest failing case found
 * so far, and the test fails as timed out.
 */
let runningTestTimeout = 30_000;

beforeEach(({ task }) => {
  runningTestTimeout = task.timeout;
});

// A global plugin cannot be removed again, so one is installed per test file, and it takes the running test's time-out each time a property starts.
fc.installGlobalPlugin(<Ts>(pluginIndex: number, pluginStore: fc.PluginStore) =>
  fc.interruptAfterTimeLimit(runningTestTimeout)<Ts>(pluginIndex, pluginStore),
);
