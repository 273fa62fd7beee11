#!/usr/bin/env node
// The command line's launcher: the code itself is built by `npm install` into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('jira-doctor is not built yet: run `npm install` in the project folder first.\n');
  process.exit(2);
}
await import(built);
