import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { meanLoss } from '@/engine/landscape/objective';
import { buildNetworkSlice, type BuiltSlice, type NetworkData } from '@/engine/landscape/network/build';
import { loadNetworkData, networkConfig } from '@/content/datasets/networks';
import { storedCentre } from '@/content/datasets/centres';
import { initBackend } from './backend';
import { createNetworkSliceProgram } from './network-tf';

/**
 * The GPU slice against the float64 engine: at every point of a grid over the slice, the mean
 * training loss must be the engine's meanLoss of the same network on the same rows, within
 * float32 tolerance (|gpu − engine| ≤ 1e-4·|engine| + 1e-6·max|engine|); no tensor may leak.
 * tfjs-core, not the full tfjs, as the player bundles it: a chained op (x.add(…)) fails here too.
 */
const RES = 24;

async function slice(id: string): Promise<{ built: BuiltSlice; data: NetworkData }> {
  const c = networkConfig(id);
  const data = await loadNetworkData(c);
  return { built: buildNetworkSlice(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 7 }, storedCentre(id)), data };
}

function gridPoints(extent: number) {
  const xs = new Float64Array(RES * RES);
  const ys = new Float64Array(RES * RES);
  for (let j = 0; j < RES; j++) {
    for (let i = 0; i < RES; i++) {
      xs[j * RES + i] = -extent + (2 * extent * i) / (RES - 1);
      ys[j * RES + i] = -extent + (2 * extent * j) / (RES - 1);
    }
  }
  return { xs, ys };
}

describe('a network slice on TF.js (cpu backend in Node)', () => {
  beforeAll(async () => {
    await initBackend(['cpu']);
  });

  it.each(['penguins-std-8tanh', 'cars-std-8tanh', 'cars-raw-8tanh'])('%s: every grid point equals the engine’s mean loss within float32 tolerance', async (id) => {
    const { built, data } = await slice(id);
    const { xs, ys } = gridPoints(1.5);
    const program = createNetworkSliceProgram({ shape: built.shape, theta0: built.theta0, d1: built.d1, d2: built.d2, X: data.trainX, y: data.trainY, n: data.nTrain });
    const got = await program.evaluate(xs, ys);
    const want = xs.map((x, k) => meanLoss(built.land, x, ys[k], { ex: built.land.train, norm: null }));
    const scale = Math.max(...want.map(Math.abs));
    let worst = 0;
    for (let k = 0; k < want.length; k++) worst = Math.max(worst, Math.abs(got[k] - want[k]) / (1e-4 * Math.abs(want[k]) + 1e-6 * scale));
    expect(worst).toBeLessThanOrEqual(1);
    // Chunked into many small blocks: the same numbers.
    const small = createNetworkSliceProgram({ shape: built.shape, theta0: built.theta0, d1: built.d1, d2: built.d2, X: data.trainX, y: data.trainY, n: data.nTrain }, 5000);
    expect(await small.evaluate(xs, ys)).toEqual(got);
    small.dispose();
    program.dispose();
  });

  it('yields to the event loop between chunks on a CPU backend (a long grid never blocks the page)', async () => {
    const { built, data } = await slice('penguins-std-8tanh');
    const program = createNetworkSliceProgram({ shape: built.shape, theta0: built.theta0, d1: built.d1, d2: built.d2, X: data.trainX, y: data.trainY, n: data.nTrain });
    const { xs, ys } = gridPoints(1);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const t0 = performance.now();
      await program.evaluate(xs, ys);
      // Several chunks of tens of ms on tfjs-cpu: timers ran between them.
      expect(performance.now() - t0).toBeGreaterThan(50);
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
    // Disposed while a computation is in flight: it stops at the next yield and frees what it made.
    const before = tf.memory().numTensors;
    const pending = program.evaluate(xs, ys);
    program.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    expect(tf.memory().numTensors).toBe(before - 10);
  });

  it('leaks no tensor across evaluations, and frees everything on dispose', async () => {
    const { built, data } = await slice('penguins-std-8tanh');
    const before = tf.memory().numTensors;
    const program = createNetworkSliceProgram({ shape: built.shape, theta0: built.theta0, d1: built.d1, d2: built.d2, X: data.trainX, y: data.trainY, n: data.nTrain }, 20_000);
    const held = tf.memory().numTensors;
    const { xs, ys } = gridPoints(1);
    for (let k = 0; k < 3; k++) {
      await program.evaluate(xs, ys);
      expect(tf.memory().numTensors).toBe(held);
    }
    program.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
