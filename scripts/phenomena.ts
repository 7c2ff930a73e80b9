/**
 * `npm run phenomena`: prints every syllabus phenomenon with the numbers the engine measures.
 * The same rows are asserted by engine/phenomena/phenomena.test.ts.
 */
import { PHENOMENA, type PhenomenonRow } from '../engine/phenomena/table';
import { NETWORK_PHENOMENA } from '../content/datasets/network-phenomena';

let failed = 0;
console.log('Descent — phenomena measured by the engine (float64, seeded)\n');
// The engine's rows, then the real networks' (their data sets load first).
const ALL: readonly { id: string; measure: () => PhenomenonRow | Promise<PhenomenonRow> }[] = [...PHENOMENA, ...NETWORK_PHENOMENA];
for (const { id, measure } of ALL) {
  const t0 = performance.now();
  let r;
  try {
    r = await measure();
  } catch (e) {
    failed++;
    console.log(`FAIL  (threw) ${e instanceof Error ? e.message.slice(0, 400) : String(e)}`);
    continue;
  }
  const ms = performance.now() - t0;
  if (!r.pass) failed++;
  const measured = Object.entries(r.measured)
    .map(([k, v]) => `${k}=${v}`)
    .join('  ');
  console.log(`${r.pass ? 'PASS' : 'FAIL'}  L${r.lesson}  ${r.name}  [${id}]`);
  console.log(`      ${measured}`);
  console.log(`      expect: ${r.expect}   (${ms.toFixed(0)} ms)`);
}
console.log(`\n${ALL.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
