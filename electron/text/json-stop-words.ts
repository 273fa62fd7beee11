import type { Language } from '../../knowledge/core';
import type { JsonStop } from './json-stop';

/** Where a text stops being JSON, as a message says it in each language: the input reader's and the stores'. */
export const JSON_STOP_WORDS: Record<Language, (stop: JsonStop) => string> = {
  en: (stop) => ('end' in stop ? 'Unexpected end of JSON input' : `Unexpected ${stop.found} at line ${stop.line}, column ${stop.column}`),
  ja: (stop) => ('end' in stop ? '途中で終わっています' : `${stop.line} 行目の ${stop.column} 文字目に予期しない文字 ${stop.found} があります`),
};
