import { runCli } from './program';

runCli(process.argv);
