/**
 * `npx tsx scripts/shortcut-table.ts [id…]`: for every built-in level, its idea's fix and the
 * best shortcut the sweep of engine/shortcuts.ts finds (content/levels/shortcuts.test.ts asserts
 * the same numbers). Prints a Markdown table. `--positions N` samples each slider at N positions
 * (default 33, as the test does; 1001 tries every tick of every slider, slow).
 */
import { LEVELS } from '../content/levels';
import { readyBuiltInLevels } from '../content/levels/ready-all';
import { auditIntent, describeChange } from '../engine';

await readyBuiltInLevels(); // the real-network levels' data sets

const args = process.argv.slice(2);
const at = args.indexOf('--positions');
const positions = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
const only = args;
let failed = 0;
console.log('| level | idea controls | intended fix | fix | best shortcut | its settings | stars ≤ | probes | ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const level of LEVELS.values()) {
  if (only.length && !only.includes(level.id)) continue;
  if (!level.intent) {
    failed++;
    console.log(`| ${level.id} | (no intent) | | | | | | | |`);
    continue;
  }
  const t0 = performance.now();
  const a = auditIntent(level, { positions });
  const ms = performance.now() - t0;
  if (!a.pass) failed++;
  const fix = a.fix.result;
  const best = a.best;
  const probes = a.findings.reduce((n, f) => n + f.tried, 0);
  const shortcut = best ? `${best.best.result.stars}★ ${best.best.result.score} (${best.label})` : '—';
  const settings = best ? describeChange(level, best.best.settings) : '';
  console.log(
    `| ${level.id} | ${level.intent.controls.join(', ')} | ${describeChange(level, a.fix.settings)} | ${fix.stars}★ ${fix.score} | ${shortcut} | ${settings} | ${a.cap}★${a.pass ? '' : ' **FAIL**'} | ${probes} | ${ms.toFixed(0)} |`,
  );
}
console.log(failed ? `\n${failed} level(s) fail` : '\nevery level passes');
process.exitCode = failed ? 1 : 0;
