/**
 * Auto-calibration benchmark (issue 6): the editor's sweep of a typical custom level —
 * 200 setting combinations × K = 8 seeds — timed in Node with the same code the editor's Web
 * Worker runs (components/editor/calibration.ts). Baseline in the same run: the engine's own
 * one-shot calibrate() over the same level and bound (no progress slices, no landscape cache).
 * The target is ≤ 10 s in headless Chromium; the browser figure is measured by the
 * editor e2e (it reports the worker's time), this prints the Node figure next to the target.
 */
import { calibrate } from '../../engine';
import { typicalLevel } from '../../components/editor/bench-level';
import { runCalibration } from '../../components/editor/calibration';
import { median } from './engine';

/** Runs the benchmark and prints its lines; returns the median time in ms. */
export function benchCalibrate(repeats = 3): number {
  const level = typicalLevel();
  const times: number[] = [];
  let found = runCalibration(level, { mode: 'grid', max: 200 });
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    found = runCalibration(level, { mode: 'grid', max: 200 });
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const base = calibrate(level, 200);
  const baseMs = performance.now() - t0;
  const ms = median(times);
  console.log('## Auto-calibration (editor)');
  console.log(
    `sweep ${found.tried} combinations × K=${level.seeds} seeds × ${level.budget} steps (custom terrain, N=32): median ${ms.toFixed(0)} ms in Node   target ≤ 10 s in headless Chromium (Web Worker)`,
  );
  console.log(`  best score ${found.bestScore}, solvable ${found.solvable}, proposed stars ${found.proposedStars.join(' / ')}`);
  console.log(`  baseline engine calibrate() on the same level and bound: ${baseMs.toFixed(0)} ms (best ${base.best.result.score})   ratio ${(ms / baseMs).toFixed(2)}×`);
  return ms;
}

if (import.meta.url === `file://${process.argv[1]}`) benchCalibrate();
