/**
 * `npm run bench:report`: time to produce the PDF (and Markdown) for a large session: every
 * question of the mail article answered, eight checks with fifty requests each, and a log scan with
 * every signature of the catalogue found. Prints the median of several runs and the peak memory.
 */
import { performance } from 'node:perf_hooks';
import { renderReport } from '../electron/report/index';
import { reportInputFrom } from '../electron/report/input';
import { largeSession } from './large-session';

const RUNS = 7;

const input = reportInputFrom(largeSession(), 'bench');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(format: 'pdf' | 'md') {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = (await renderReport(input, { format, today: '2026-11-23' })).bytes.length;
    times.push(performance.now() - t0);
  }
  return { first: times[0]!, median: median(times.slice(1)), bytes };
}

const pdf = await time('pdf');
const md = await time('md');
console.log(`Large session: ${input.answers.length} answers, 8 checks × 50 requests, ${input.scan?.signatures.length} scan findings, 20 login tallies`);
console.log(`PDF:      first ${pdf.first.toFixed(0)} ms (loads the font), then median ${pdf.median.toFixed(0)} ms; ${(pdf.bytes / 1024).toFixed(0)} KB`);
console.log(`Markdown: median ${md.median.toFixed(1)} ms; ${(md.bytes / 1024).toFixed(0)} KB`);
console.log(`Peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
