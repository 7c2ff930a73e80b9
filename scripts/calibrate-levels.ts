/** `npx tsx scripts/calibrate-levels.ts [id…]`: sweeps each built-in level and prints its best settings. */
import { LEVELS } from '../content/levels';
import { readyBuiltInLevels } from '../content/levels/ready-all';
import { calibrate } from '../engine';

await readyBuiltInLevels(); // the real-network levels' data sets

const only = process.argv.slice(2);
for (const level of LEVELS.values()) {
  if (only.length && !only.includes(level.id)) continue;
  const t0 = performance.now();
  const c = calibrate(level, 200);
  const b = c.best;
  const changed = Object.fromEntries(Object.keys(level.controls).map((k) => [k, (b.settings as Record<string, unknown>)[k]]));
  console.log(
    `${level.id}: best ${b.result.score} (${b.result.stars}★, success ${b.result.successRate}) after ${c.tried} combos in ${(performance.now() - t0).toFixed(0)} ms`,
    JSON.stringify(changed),
  );
}
