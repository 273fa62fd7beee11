import type { Command } from 'commander';
import type { Language } from '../../../knowledge/i18n/translations';
import { register as registerCheck } from './check';
import { register as registerDiagnose } from './diagnose';
import { register as registerKnowledge } from './knowledge';
import { register as registerRedact } from './redact';
import { register as registerReport } from './report';
import { register as registerScan } from './scan';
import { register as registerUi } from './ui';

/** Each command lives in its own module and registers itself here, in the order an admin uses them. */
export function registerCommands(program: Command, language: Language): void {
  registerDiagnose(program, language);
  registerCheck(program, language);
  registerScan(program, language);
  registerReport(program, language);
  registerRedact(program, language);
  registerUi(program, language);
  registerKnowledge(program, language);
}
