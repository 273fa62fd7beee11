/**
 * `npm run bench:report`: time to produce the PDF (and Markdown) for a large session: every
 * question of the mail article answered, eight checks with fifty requests each, and a log scan with
 * every signature of the catalogue found; in English and in Japanese. Prints CPU time (what a busy
 * machine disturbs least) and wall time of the first PDF in the process and the median of the
 * ones after, and the peak memory.
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { renderReport } from '../electron/report/index';
import { reportInputFrom } from '../electron/report/input';
import { largeSession } from './large-session';

const RUNS = 7;

const input = reportInputFrom(largeSession(), 'bench');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function time(format: 'pdf' | 'md', language: 'en' | 'ja') {
  const wall: number[] = [];
  const cpus: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const [t0, c0] = [performance.now(), cpu()];
    bytes = (await renderReport(input, { format, today: '2026-11-23', language })).bytes.length;
    wall.push(performance.now() - t0);
    cpus.push(cpu() - c0);
  }
  return { first: { wall: wall[0]!, cpu: cpus[0]! }, after: { wall: median(wall.slice(1)), cpu: median(cpus.slice(1)) }, bytes };
}

console.log(`Large session: ${input.input.answers.length} answers, 8 checks × 50 requests, ${input.input.scan?.signatures.length} scan findings, 20 login tallies; load average ${loadavg()[0]!.toFixed(1)}`);
for (const language of ['en', 'ja'] as const) {
  const pdf = await time('pdf', language);
  console.log(
    `PDF (${language}): first ${pdf.first.cpu.toFixed(0)} ms of CPU (wall ${pdf.first.wall.toFixed(0)} ms; loads pdfmake and the fonts it needs), then median ${pdf.after.cpu.toFixed(0)} ms of CPU (wall ${pdf.after.wall.toFixed(0)} ms); ${(pdf.bytes / 1024).toFixed(0)} KB`,
  );
}
const md = await time('md', 'en');
console.log(`Markdown: median ${md.after.cpu.toFixed(1)} ms of CPU; ${(md.bytes / 1024).toFixed(0)} KB`);
console.log(`Peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
