/**
 * The real-network rows of the development benchmark (/dev/bench, BenchHarness.tsx; issue 15):
 * the penguins network's slice (4 → 8 tanh → 3, every training row) on a 256×256 grid, per
 * TF.js backend (components/gpu/network-tf.ts, a fresh program per recompute: uploads, run,
 * read back) and in the plain-JS float64 engine (meanLoss at every point).
 */
import { buildNetworkSlice, type BuiltSlice, type NetworkData } from '@/engine/landscape/network/build';
import { meanLoss } from '@/engine/landscape/objective';
import type { BackendName } from './backend';
import { createNetworkSliceProgram } from './network-tf';

/** A network slice ready to time. */
export interface NetworkBench {
  readonly family: string;
  readonly built: BuiltSlice;
  readonly data: NetworkData;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Timings of one way of computing the grid. */
export interface NetworkTiming {
  readonly family: string;
  readonly backend: BackendName | 'js';
  readonly firstMs: number;
  readonly times: number[];
}

/** Loads the penguins network and its grid over the slice's domain. */
export async function prepareNetworkBench(res: number): Promise<NetworkBench> {
  const { loadNetworkData, networkConfig } = await import('@/content/datasets/networks');
  const { storedCentre } = await import('@/content/datasets/centres');
  const c = networkConfig('penguins-std-8tanh');
  const data = await loadNetworkData(c);
  const built = buildNetworkSlice(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 7 }, storedCentre(c.id));
  const xs = new Float64Array(res * res);
  const ys = new Float64Array(res * res);
  const [x0, x1] = built.land.domain.x;
  const [y0, y1] = built.land.domain.y;
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      xs[j * res + i] = x0 + ((x1 - x0) * i) / (res - 1);
      ys[j * res + i] = y0 + ((y1 - y0) * j) / (res - 1);
    }
  }
  return { family: `network: penguins 4→8 tanh→3, N=${data.nTrain}`, built, data, xs, ys };
}

async function timed(reps: number, budgetMs: number, once: () => Promise<number>): Promise<{ firstMs: number; times: number[] }> {
  const firstMs = await once();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < reps && (times.length === 0 || performance.now() - start < budgetMs)) times.push(await once());
  return { firstMs, times };
}

/** The grid in the float64 engine (plain JS). */
export async function timeNetworkJs(b: NetworkBench, reps: number, budgetMs: number): Promise<NetworkTiming> {
  const { land } = b.built;
  const r = await timed(reps, budgetMs, async () => {
    const t0 = performance.now();
    for (let k = 0; k < b.xs.length; k++) meanLoss(land, b.xs[k], b.ys[k], { ex: land.train, norm: null });
    return performance.now() - t0;
  });
  return { family: b.family, backend: 'js', ...r };
}

/** The grid on the TF.js backend in force (a fresh program per recompute). */
export async function timeNetworkBackend(b: NetworkBench, name: BackendName, reps: number, budgetMs: number): Promise<NetworkTiming> {
  const { shape, theta0, d1, d2 } = b.built;
  const r = await timed(reps, budgetMs, async () => {
    const program = createNetworkSliceProgram({ shape, theta0, d1, d2, X: b.data.trainX, y: b.data.trainY, n: b.data.nTrain });
    try {
      const t0 = performance.now();
      await program.evaluate(b.xs, b.ys);
      return performance.now() - t0;
    } finally {
      program.dispose();
    }
  });
  return { family: b.family, backend: name, ...r };
}
