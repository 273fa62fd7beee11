// Start and stop times of the test bed, for the README's measurements:
//   node --import tsx test/testbed/bench.ts [rounds]
import { startTestbed, type TestbedPart } from './index';

const rounds = Number(process.argv[2] ?? 5);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const sets: (readonly TestbedPart[])[] = [['jira'], ['mail'], ['proxy'], ['oidc'], ['jira', 'mail', 'proxy', 'oidc']];
process.stdout.write(`parts                       start ms (median, min–max)   stop ms (median)   over ${rounds} rounds\n`);
for (const parts of sets) {
  const starts: number[] = [];
  const stops: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const testbed = await startTestbed({ parts });
    starts.push(testbed.startupMs);
    // Let it live a moment, as a test would, before stopping it.
    await new Promise((r) => setTimeout(r, 300));
    const t = performance.now();
    await testbed.stop();
    stops.push(Math.round(performance.now() - t));
  }
  process.stdout.write(`${parts.join(' + ').padEnd(28)}${`${median(starts)} (${Math.min(...starts)}–${Math.max(...starts)})`.padEnd(31)}${median(stops)}\n`);
}
