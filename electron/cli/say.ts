import type { Language } from '../../knowledge/i18n/translations';

/**
 * A message for the terminal, each line after the command's name as commands print it. Japanese
 * is wrapped to 80 columns (wide characters count as two, Japanese line-breaking rules); English
 * stays one line per message, as scripts that read it expect. The wrapper loads only then.
 */
export async function say(stream: NodeJS.WritableStream, language: Language, text: string, prefix = ''): Promise<void> {
  if (language === 'en') {
    stream.write(`${text.split('\n').map((line) => `${prefix}${line}`).join('\n')}\n`);
    return;
  }
  const { loadTextWidths, wrap } = await import('../text/wrap');
  await loadTextWidths();
  stream.write(`${text.split('\n').flatMap((line) => wrap(`${prefix}${line}`, '')).join('\n')}\n`);
}
