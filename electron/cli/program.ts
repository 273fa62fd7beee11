import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { registerCommands } from './commands';
import type { Language } from '../../knowledge/i18n/translations';
import { speakTo, type Measure } from './commander-language';
import { cliHelp } from './help';
import { languageOfRun } from './language';

/**
 * `jira-doctor`: the command line. Exit codes: 0 done, 1 the command ran but found a problem it
 * reports (e.g. a failed check), 2 bad input (unknown fact, unreadable file, wrong option).
 * A function rather than module-level code: the single executable's startup snapshot loads this
 * module when it is built and runs it when the admin starts the executable (scripts/bundle/).
 */
export function runCli(argv: readonly string[]): void {
  const chosen = languageOfRun(argv.slice(2), process.env);
  if (!chosen.ok) {
    process.stderr.write(`${chosen.message}\n`);
    process.exit(2);
  }
  void start(argv, chosen.language);
}

/** The program and its commands, every text in `language`; `measure` fits Japanese help to the terminal. */
export function createProgram(language: Language, measure?: Measure): Command {
  const help = cliHelp(language);
  const program = new Command('jira-doctor');
  speakTo(program, language, measure);
  program
    .description(help.program.description)
    .version(`jira-doctor ${packageJson.version}`, '-V, --version', help.commander.version)
    // Read above (languageOfRun, before the commands register, so their help follows it); declared so that every command accepts it.
    .option('--lang <language>', help.program.lang)
    .exitOverride();
  registerCommands(program, language);
  return program;
}

async function start(argv: readonly string[], language: Language): Promise<void> {
  // Japanese help needs a measure of wide characters and Japanese line breaks; English does without (a cheaper start).
  const program = createProgram(language, language === 'ja' ? await japaneseMeasure(argv.slice(2)) : undefined);

  // Output piped into `head` or `less` and closed early is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  // A promise rather than top-level await: the single executable runs this as CommonJS, which has none.
  await program.parseAsync([...argv]).catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    throw error;
  });
}

/** The terminal wrapper and its measure, for commander's Japanese help: continuation lines start where the description does. */
async function japaneseMeasure(args: readonly string[]): Promise<Measure> {
  const { loadTextWidths, simpleWidth, textWidth, wrap } = await import('../text/wrap');
  // The wrapper measures the catalogue's texts itself. Beside them commander echoes back only what
  // was typed (an unknown option, a value): string-width, which costs more to load than the rest of
  // Japanese help, loads only when that holds text the wrapper cannot measure (emoji, combining marks…).
  if (args.some((arg) => simpleWidth(arg) === undefined)) await loadTextWidths();
  return {
    width: textWidth,
    wrap: (text, width) =>
      text
        .split('\n')
        .flatMap((line) => (line.trim() ? wrap(line, '', width).map((l) => l.trimStart()) : ['']))
        .join('\n'),
  };
}
