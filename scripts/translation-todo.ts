// What a knowledge part still lacks in a language, printed as entries to paste into its translation
// file (knowledge/i18n/<lang>/<part>.ts), followed by every other problem (stale entries, lost exact
// strings). Usage: npx tsx scripts/translation-todo.ts <part|all> [ja]
import { KNOWLEDGE_PARTS } from '../knowledge/parts';
import { JA } from '../knowledge/i18n/ja/index';
import { translationProblems } from '../knowledge/i18n/translations';

const [which = 'all', language = 'ja'] = process.argv.slice(2);
if (language !== 'ja') {
  process.stderr.write(`No translation for the language "${language}": the knowledge is written in English and Japanese (ja).\n`);
  process.exit(2);
}
const keys = which === 'all' ? Object.keys(KNOWLEDGE_PARTS) : [which];
let count = 0;
for (const key of keys) {
  const part = KNOWLEDGE_PARTS[key];
  if (!part) {
    process.stderr.write(`No knowledge part "${key}". Parts: ${Object.keys(KNOWLEDGE_PARTS).join(', ')}.\n`);
    process.exit(2);
  }
  const problems = translationProblems(part, JA[key] ?? {});
  count += problems.length;
  const missing = problems.filter((p) => p.problem === 'has no translation');
  const seen = new Set<string>();
  if (missing.length) process.stdout.write(`// ${key}: ${missing.length} without a translation\n`);
  for (const { text, where } of missing) {
    if (seen.has(text)) continue;
    seen.add(text);
    process.stdout.write(`  // ${where}\n  ${JSON.stringify(text)}: '',\n`);
  }
  for (const p of problems.filter((p) => p.problem !== 'has no translation')) process.stdout.write(`// ${key} ${p.where}: ${JSON.stringify(p.text.slice(0, 80))} ${p.problem}\n`);
}
process.stdout.write(`// ${count} problem(s)\n`);
process.exit(count ? 1 : 0);
