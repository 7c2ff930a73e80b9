/**
 * Engine benchmarks (issue: the foundation). Each figure is printed next to a baseline measured
 * in the same run:
 * 1. optimizer steps per second through `simulate` (full batch, analytic ravine, Adam) vs a
 *    hand-written Float64Array loop doing the same Adam steps on the same quadratic;
 * 2. scoring a level: K = 16 seeds × 1 000 steps × B = 32 of N = 256, median of repeats;
 * 3. peak memory of that scoring run (in a child process, so other sections do not count).
 */
import { defineLevel, DEFAULT_SETTINGS, scoreLevel, simulate, landscapeFor, type Settings } from '../../engine';

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const STEPS = 5000;

const stepLevel = defineLevel({
  landscape: { family: 'ravine', params: { kappa: 25 }, variation: { n: 1, nTest: 1 } },
  start: [2, 1],
  goal: { kind: 'loss', split: 'train', below: -1 },
  budget: STEPS,
  defaults: { batchSize: 1 },
});
const adamSettings: Settings = { ...DEFAULT_SETTINGS, optimizer: 'adam', lr: 0.01, batchSize: 1 };

/** The baseline: Adam on ½(x² + 25y²) in a plain loop over Float64Arrays. */
function handWrittenAdam(steps: number): number {
  const p = Float64Array.of(2, 1);
  const m = new Float64Array(2);
  const v = new Float64Array(2);
  const g = new Float64Array(2);
  const trace = new Float64Array(2 * (steps + 1));
  const [b1, b2, lr, eps] = [0.9, 0.999, 0.01, 1e-8];
  let b1t = 1;
  let b2t = 1;
  for (let t = 1; t <= steps; t++) {
    g[0] = p[0];
    g[1] = 25 * p[1];
    b1t *= b1; // running powers: the fastest hand-written form
    b2t *= b2;
    const c1 = 1 - b1t;
    const c2 = 1 - b2t;
    for (let i = 0; i < 2; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      p[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
    }
    trace[2 * t] = p[0];
    trace[2 * t + 1] = p[1];
  }
  return trace[2 * steps];
}

/** Steps per second of one timed slice: `run` repeated for at least `ms` milliseconds. */
function sliceRate(run: () => unknown, stepsPerRun: number, ms: number): number {
  let runs = 0;
  const t0 = performance.now();
  let dt = 0;
  while (dt < ms) {
    run();
    runs++;
    dt = performance.now() - t0;
  }
  return (runs * stepsPerRun) / (dt / 1000);
}

/**
 * The engine's and the baseline's steps per second, timed in alternating slices. Each side's
 * figure is its fastest slice (as Python's timeit advises: noise on a shared 2-core VM only
 * ever slows a slice down, so the fastest is the closest to the code's own speed); the ratio
 * compares those, and the median slices are reported beside them.
 */
function pairedRates(engine: () => unknown, baseline: () => unknown, stepsPerRun: number, pairs = 25, ms = 40) {
  // Warm up the JIT for a fixed time, not a fixed count: steady-state throughput is the figure
  // (the engine's deeper call chain takes up to ~1 s of runs to reach its final optimized code).
  for (const t0 = performance.now(); performance.now() - t0 < 1000; ) engine();
  for (const t0 = performance.now(); performance.now() - t0 < 300; ) baseline();
  const e: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < pairs; k++) {
    e.push(sliceRate(engine, stepsPerRun, ms));
    b.push(sliceRate(baseline, stepsPerRun, ms));
  }
  const [bestE, bestB] = [Math.max(...e), Math.max(...b)];
  return { engine: bestE, base: bestB, ratio: bestB / bestE, medianRatio: median(b) / median(e) };
}

/** The scoring workload: K = 16, 1 000 steps, B = 32 of N = 256, sharp-flat terrain. */
export const scoringLevel = defineLevel({
  landscape: { family: 'sharp-flat', params: {}, variation: { n: 256, nTest: 256 } },
  start: [-1.1, 0.7],
  goal: { kind: 'region', center: [9, 9], radius: 0.01 },
  budget: 1000,
  seeds: 16,
  defaults: { batchSize: 32 },
});
export const scoringSettings: Settings = { ...DEFAULT_SETTINGS, optimizer: 'adam', lr: 0.01, batchSize: 32 };

/** Runs the engine benchmarks and prints them. */
export function benchEngine(): void {
  const land = landscapeFor(stepLevel, adamSettings);
  const rates = pairedRates(
    () => simulate(stepLevel, adamSettings, 1, { landscape: land, record: 'path' }),
    () => handWrittenAdam(STEPS),
    STEPS,
  );
  console.log('## Engine');
  console.log(`optimizer steps/s (simulate, path recording as in scoring, Adam, full batch, ravine), fastest slice: ${(rates.engine / 1e6).toFixed(2)} M/s   target ≥ 5 M/s`);
  console.log(
    `  baseline hand-written Float64Array Adam loop, in alternating slices:            ${(rates.base / 1e6).toFixed(2)} M/s   ratio ${rates.ratio.toFixed(2)}× (fastest slices; medians ${rates.medianRatio.toFixed(2)}×)   target ≤ 3×`,
  );

  const scoreLand = landscapeFor(scoringLevel, scoringSettings);
  scoreLevel(scoringLevel, scoringSettings, scoreLand);
  const times: number[] = [];
  for (let rep = 0; rep < 15; rep++) {
    const t0 = performance.now();
    scoreLevel(scoringLevel, scoringSettings, scoreLand);
    times.push(performance.now() - t0);
  }
  const evals = 16 * 1000 * 32;
  const t0 = performance.now();
  const out = new Float64Array(5);
  for (let k = 0; k < evals; k++) scoreLand.term(scoreLand.train, k & 255, -1, 0.5, out, 1, null);
  const rawMs = performance.now() - t0;
  console.log(`score a level, K=16 × 1000 steps × B=32 of N=256: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)})   target ≤ 50 ms`);
  console.log(`  baseline: the ${evals.toLocaleString('en')} per-example gradient evaluations alone: ${rawMs.toFixed(1)} ms`);
}
