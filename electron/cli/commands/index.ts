import type { Command } from 'commander';
import { register as registerScan } from './scan';
import { register as registerCheck } from './check';
import { register as registerDiagnose } from './diagnose';
import { register as registerKnowledge } from './knowledge';
import { register as registerReport } from './report';

/** Each command lives in its own module and registers itself here. */
export function registerCommands(program: Command): void {
  registerScan(program);
  registerCheck(program);
  registerDiagnose(program);
  registerKnowledge(program);
  registerReport(program);
}
