import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles a function again, optimized, once it has used up its budget of work (132 KB of
 * bytecode run), on a background thread. `report` lays out one report and exits: the compiling cost
 * more CPU than the optimized code saved it (a cold report of the bench's large session: 1.32 s ->
 * 1.10 s of CPU in English, 2.97 s -> 2.42 s in Japanese, with eight times the budget; median of 5,
 * alternated). So only the functions that run the most are optimized. For this command's process
 * only: the app and the scanner, which run long, keep V8's default.
 */
export function optimizeOnlyTheHottest(): void {
  setFlagsFromString(`--interrupt-budget=${8 * 132 * 1024}`);
}
