// How many questions a mail diagnosis takes, over the articles' own scenarios (test/contract/scenarios.ts):
// the wizard walked with each scenario's facts as answers and "I don't know" to everything else.
// Prints, per scenario, the questions asked before the diagnosis gave the scenario's cause its status
// ("found after") and before the wizard had nothing left to ask ("walk"), then the medians.
import { OUTSIDE, SCENARIOS } from '../test/contract/scenarios';
import { median, walkScenario } from '../test/contract/walk';

const family = process.argv[2] ?? 'mail-oauth';
const scenarios = [...SCENARIOS, ...OUTSIDE].filter((s) => s.facts.symptom === family);
const rows = scenarios.map((s) => ({ s, walk: walkScenario(s) }));
console.log(`${family}: ${scenarios.length} scenarios\n`);
console.log('found after  walk  scenario');
for (const { s, walk } of rows) console.log(`${String(walk.foundAfter).padStart(11)}  ${String(walk.asked.length).padStart(4)}  ${s.cause}: ${s.story}`);
console.log(`\nmedian questions until the cause has its status: ${median(rows.map((r) => r.walk.foundAfter))}`);
console.log(`median questions until nothing is left to ask:   ${median(rows.map((r) => r.walk.asked.length))}`);
