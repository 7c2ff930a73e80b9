/**
 * Real-network benchmark (issue 15), with its baseline from the same run:
 *   figure:   score a level on the penguins network slice (4 features → 8 tanh units → 3
 *             classes, 274 training rows): K = 8 seeds × 1 000 steps × B = 32, every run using
 *             its whole budget (a goal never met) → ms, median of 5; and the per-example
 *             gradient evaluations per second that implies;
 *   baseline: a hand-written loop of the same number of per-example gradients through the
 *             network (exampleLossGrad on the same rows, projected on the two directions),
 *             with none of the simulation around it.
 * Target: ≤ 250 ms. Run alone: `npx tsx scripts/bench/network.ts`.
 */
import { pathToFileURL } from 'node:url';
import { loadNetworkData, networkConfig } from '../../content/datasets/networks';
import { storedCentre } from '../../content/datasets/centres';
import { buildNetworkSlice, slicePoint } from '../../engine/landscape/network/index';
import { defineLevel, DEFAULT_SETTINGS, scoreLevel } from '../../engine';
import { exampleLossGrad, mlpScratch } from '../../engine/nn/mlp';
import { median } from './engine';

const K = 8;
const STEPS = 1000;
const B = 32;

/** Runs the benchmark and prints it; returns the scoring median in ms. */
export async function benchNetwork(): Promise<number> {
  const c = networkConfig('penguins-std-8tanh');
  const data = await loadNetworkData(c);
  const slice = buildNetworkSlice(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 7 }, storedCentre(c.id));
  const level = defineLevel({ landscape: { family: 'ravine', params: {} }, start: [0.9, -0.8], goal: { kind: 'loss', split: 'train', below: -1e9 }, budget: STEPS, seeds: K });
  const settings = { ...DEFAULT_SETTINGS, optimizer: 'sgd' as const, lr: 0.1, batchSize: B };
  scoreLevel(level, settings, slice.land); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    scoreLevel(level, settings, slice.land);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const evals = K * STEPS * B;

  // Baseline: the same per-example gradients in a bare loop (θ moved each "step", rows cycled).
  const theta = new Float64Array(slice.theta0.length);
  const g = new Float64Array(theta.length);
  const s = mlpScratch(slice.shape);
  const w = data.inputs + 1;
  const rows = slice.land.train;
  const bare: number[] = [];
  let sink = 0;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    let r = 0;
    for (let step = 0; step < K * STEPS; step++) {
      slicePoint(slice, 0.001 * (step % 100), -0.001 * (step % 50), theta);
      let ga = 0;
      let gb = 0;
      for (let k = 0; k < B; k++) {
        g.fill(0);
        sink += exampleLossGrad(slice.shape, theta, rows.data, r * w, rows.data[r * w + data.inputs], g, s);
        for (let j = 0; j < g.length; j++) {
          ga += slice.d1[j] * g[j];
          gb += slice.d2[j] * g[j];
        }
        r = (r + 1) % rows.n;
      }
      sink += ga + gb;
    }
    bare.push(performance.now() - t0);
  }
  const bareMs = median(bare);
  console.log(`\nReal network (issue 15) — penguins 4 → 8 tanh → 3, ${data.nTrain} training rows, slice through the trained centre`);
  console.log(`  score a level, K = ${K} × ${STEPS} steps × B = ${B}: median ${ms.toFixed(1)} ms (${((evals / ms) * 1e-3).toFixed(2)} M per-example gradients/s)   target ≤ 250 ms`);
  console.log(`  baseline, the same ${evals} per-example gradients in a bare loop: ${bareMs.toFixed(1)} ms (${((evals / bareMs) * 1e-3).toFixed(2)} M/s); ratio ${(ms / bareMs).toFixed(2)}×${sink === 42 ? ' ' : ''}`);
  return ms;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchNetwork();
