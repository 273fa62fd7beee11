import fc from 'fast-check';
import { beforeEach } from 'vitest';

/**
 * A failing property shrinks its case by running the body again and again. When each run is
 * synchronous work behind an already settled promise (a PDF laid out), the loop never yields to the
 * timers, vitest's time-out cannot fire, and CI waited for over an hour. fast-check itself checks the
 * clock between runs: each property stops at its test's time-out, with the smallest failing case found
 * so far, and the test fails as timed out.
 */
beforeEach(({ task }) => {
  // The global settings take no plugins (fast-check leaves them to each call), so the older setting is the one that reaches every property.
  fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: task.timeout });
});
