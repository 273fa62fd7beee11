import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { register as registerKnowledge } from './commands/knowledge';

/**
 * `jira-doctor`: the command line. Exit codes: 0 done, 1 the command ran but found a problem it
 * reports (e.g. a failed check), 2 bad input (unknown fact, unreadable file, wrong option).
 */
const program = new Command('jira-doctor')
  .description('Diagnose Jira Data Center authentication and mail-handler OAuth 2.0 failures.')
  .version(`jira-doctor ${packageJson.version}`, '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const isKnowledgeError = (error: unknown): error is Error => error instanceof Error && error.name === 'KnowledgeError';
const explainBrokenKnowledge = (error: Error) => {
  process.stderr.write(`jira-doctor: ${error.message}\nRun "jira-doctor knowledge check" for the full list.\n`);
  process.exit(1);
};

// Some commands load the knowledge base as they register. When it refuses to load (an edited
// article with a broken reference), `knowledge check`, which names the problems, must still run.
try {
  (await import('./commands')).registerCommands(program);
} catch (error: unknown) {
  if (!isKnowledgeError(error)) throw error;
  if (process.argv[2] !== 'knowledge') explainBrokenKnowledge(error);
  registerKnowledge(program);
}

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
  if (isKnowledgeError(error)) explainBrokenKnowledge(error);
  throw error;
}
