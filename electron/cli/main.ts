import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';

/**
 * `jira-doctor`: the command line. Exit codes: 0 done, 1 the command ran but found a problem it
 * reports (e.g. a failed check), 2 bad input (unknown fact, unreadable file, wrong option).
 */
const program = new Command('jira-doctor')
  .description('Diagnose Jira Data Center authentication and mail-handler OAuth 2.0 failures.')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerCommands(program);

// Output piped into `head` or `less` and closed early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  await program.parseAsync(process.argv);
} catch (error: unknown) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  // The knowledge base refuses to load with a broken reference (an edited article): say so plainly.
  if (error instanceof Error && error.name === 'KnowledgeError') {
    process.stderr.write(`jira-doctor: ${error.message}\nRun "jira-doctor knowledge check" for the full list.\n`);
    process.exit(1);
  }
  throw error;
}
