import type { Argument, Command, Option } from 'commander';
import type { Language } from '../../knowledge/i18n/translations';
import { cliHelp } from './help';

/**
 * Commander in the run's language: its headings, the help and version options, the notes it adds
 * to descriptions (choices, default) and its usage errors. Set on the program before any command
 * is added, so every command inherits it. Japanese help is measured and wrapped by the terminal
 * wrapper (wide characters count as two, Japanese line-breaking rules), which the caller loads
 * only for a Japanese run: English keeps commander's own wrapping and a cheap start.
 */
export type Measure = { width: (text: string) => number; wrap: (text: string, width: number) => string };

export function speakTo(program: Command, language: Language, measure?: Measure): void {
  const words = cliHelp(language).commander;
  program
    .helpOption('-h, --help', words.help)
    .helpCommand('help [command]', words.helpCommand)
    .showHelpAfterError(words.afterError)
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title: string) => words.titles[title] ?? title,
      ...(language === 'ja' ? { optionDescription: (option: Option) => withNotes(option.description, notesOf(option)), argumentDescription: (argument: Argument) => withNotes(argument.description, notesOf(argument)) } : {}),
      ...(measure ? { displayWidth: measure.width, boxWrap: measure.wrap } : {}),
    });
  if (language === 'ja') {
    const fit = (text: string) => (measure ? measure.wrap(text.trimEnd(), 80) + (text.endsWith('\n') ? '\n' : '') : text);
    program.configureOutput({ outputError: (text, write) => write(fit(commanderErrorJa(text))) });
  }
}

/** What commander adds after a description, in Japanese: the choices and the default a user sees. */
function notesOf(item: Option | Argument): string[] {
  const notes: string[] = [];
  if (item.argChoices) notes.push(`選択肢: ${item.argChoices.join('、')}`);
  const shown = 'isBoolean' in item ? item.required || item.optional || (item.isBoolean() && typeof item.defaultValue === 'boolean') : true;
  if (item.defaultValue !== undefined && shown) notes.push(`既定値: ${item.defaultValueDescription ?? String(item.defaultValue)}`);
  return notes;
}

function withNotes(description: string, notes: string[]): string {
  return notes.length ? `${description}（${notes.join('。')}）` : description;
}

/**
 * Commander's usage errors (commander 14's wording) in Japanese. Each shape is matched whole; the
 * CLI's help test runs every one of them, so a commander upgrade that rewords one fails there.
 */
const ERRORS_JA: [RegExp, (...parts: string[]) => string][] = [
  [/^error: unknown option '(.+)'$/, (flag) => `エラー: '${flag}' というオプションはありません。`],
  [/^error: unknown command '(.+)'$/, (name) => `エラー: '${name}' というコマンドはありません。`],
  [/^error: missing required argument '(.+)'$/, (name) => `エラー: 引数 '${name}' を指定してください。`],
  [/^error: option '(.+)' argument missing$/, (flags) => `エラー: オプション '${flags}' に値を指定してください。`],
  [/^error: required option '(.+)' not specified$/, (flags) => `エラー: オプション '${flags}' を指定してください。`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `エラー: ${command ? `'${command}' の` : ''}引数が多すぎます。${expected} 個のところ、${got} 個指定されました。`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (flags, value, choices) => `エラー: オプション '${flags}' に '${value}' は使えません。選べる値: ${choices.split(', ').join('、')}。`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/, (flags, value, why) => `エラー: オプション '${flags}' に '${value}' は使えません: ${why}`],
  [/^\(Did you mean one of (.+)\?\)$/, (names) => `（もしかして: ${names.split(', ').join('、')}）`],
  [/^\(Did you mean (.+)\?\)$/, (name) => `（もしかして: ${name}）`],
];

export function commanderErrorJa(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [shape, words] of ERRORS_JA) {
        const match = shape.exec(line);
        if (match) return words(...match.slice(1).map((part) => part ?? ''));
      }
      return line;
    })
    .join('\n');
}
