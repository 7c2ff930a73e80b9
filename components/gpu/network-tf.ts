/**
 * A real network's slice on the GPU (issue 15): the mean training loss of the network at
 * θ(a, b) = θ₀ + a·d₁ + b·d₂ for every point of a grid, as batched matrix products over grid
 * points × rows (engine/landscape/network/slice.ts is the float64 definition it mirrors).
 *
 * The first layer is linear in (a, b), so its pre-activations for every point are one broadcast:
 *   A(a, b) = P₀ + a·P₁ + b·P₂,  Pₘ = X·W1ₘᵀ + b1ₘ  (N × H, computed once on the host in float64
 *   from θ₀, d₁, d₂). Then Z = σ(A), and the output layer — whose weights differ per point —
 * is a batched product Z·W2(a, b)ᵀ (G × N × K). Cross-entropy through logSumExp; squared error
 * for regression. Grid points are processed in chunks of at most `maxElements` (points × rows ×
 * hidden units), each in tf.tidy; the constants are uploaded once per program and freed by dispose.
 *
 * A full player grid (256² points × 274 rows) is seconds of work on the backends that compute on
 * the CPU (wasm, cpu), where TF.js runs each op synchronously: there chunks are kept small
 * (CPU_CHUNK elements, a few tens of ms) and `evaluate` yields to the event loop whenever it has worked
 * for SLICE_MS, so the page stays responsive and draws the coarse grid meanwhile. On a GPU the ops
 * only enqueue work: it rarely yields, and the result still comes back with one read.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MlpShape } from '@/engine/nn/shape';
import { firstLayerRows } from '@/engine/landscape/network/factored';
import { DEFAULT_MAX_ELEMENTS } from './surface-kernel';

/**
 * Largest chunk (points × rows × hidden units) on the backends that compute on the CPU, for
 * ≈ 10–30 ms of work each (measured on penguins: wasm ≈ 17 ms at 2^19; tfjs-cpu is ~25× slower).
 */
const CPU_CHUNK: Readonly<Record<string, number>> = { wasm: 1 << 19, cpu: 1 << 15 };
/** Work between two yields to the event loop (ms): reached on the CPU backends, rarely on a GPU. */
const SLICE_MS = 12;

/** What a slice is made of, as the engine builds it (rows: features and targets). */
export interface NetworkSliceInput {
  readonly shape: MlpShape;
  readonly theta0: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  /** Row-major n × inputs features, as the network sees them. */
  readonly X: Float64Array;
  /** Class index or regression target per row. */
  readonly y: Float64Array;
  readonly n: number;
}

/** A slice's constants on the device, ready for any number of grids. */
export interface NetworkSliceProgram {
  /** Mean loss at each (xs[g], ys[g]) (float32; non-finite values as NaN). */
  evaluate(xs: Float64Array, ys: Float64Array, signal?: AbortSignal): Promise<Float32Array>;
  dispose(): void;
}

/** Uploads a slice's constants (see file note). */
export function createNetworkSliceProgram(s: NetworkSliceInput, maxElements = DEFAULT_MAX_ELEMENTS): NetworkSliceProgram {
  const { inputs, hidden, outputs, activation, task } = s.shape;
  const w2 = hidden * inputs + hidden;
  const b2 = w2 + outputs * hidden;
  const [p0, p1, p2] = [s.theta0, s.d1, s.d2].map((m) => tf.tensor3d(Float32Array.from(firstLayerRows(s.shape, m, s.X, inputs, s.n)), [1, s.n, hidden]));
  const [v0, v1, v2] = [s.theta0, s.d1, s.d2].map((m) => tf.tensor3d(Float32Array.from(m.subarray(w2, b2)), [1, outputs, hidden]));
  const [c0, c1, c2] = [s.theta0, s.d1, s.d2].map((m) => tf.tensor3d(Float32Array.from(m.subarray(b2, b2 + outputs)), [1, 1, outputs]));
  // Functional ops only: the player bundles tfjs-core without its chained methods (x.add(…)).
  const targets =
    task === 'classify'
      ? tf.tidy(() => tf.cast(tf.reshape(tf.oneHot(tf.tensor1d(Int32Array.from(s.y.subarray(0, s.n)), 'int32'), outputs), [1, s.n, outputs]), 'float32'))
      : tf.tensor2d(Float32Array.from(s.y.subarray(0, s.n)), [1, s.n]);
  const owned = [p0, p1, p2, v0, v1, v2, c0, c1, c2, targets];
  const perPoint = Math.max(1, s.n * Math.max(hidden, outputs));
  const chunk = Math.max(1, Math.floor(maxElements / perPoint));
  const along = (m0: tf.Tensor, m1: tf.Tensor, m2: tf.Tensor, a: tf.Tensor3D, b: tf.Tensor3D) => tf.add(tf.add(m0, tf.mul(a, m1)), tf.mul(b, m2)) as tf.Tensor3D;

  const block = (a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor1D => {
    const pre = along(p0, p1, p2, a, b); // G × N × H
    const z = activation === 'tanh' ? tf.tanh(pre) : tf.relu(pre);
    const w = along(v0, v1, v2, a, b); // G × K × H
    const o = tf.add(tf.matMul(z as tf.Tensor3D, w, false, true), along(c0, c1, c2, a, b)) as tf.Tensor3D; // G × N × K
    if (task === 'classify') return tf.mean(tf.sub(tf.logSumExp(o, 2), tf.sum(tf.mul(o, targets), 2)), 1) as tf.Tensor1D;
    const r = tf.sub(tf.squeeze(o, [2]), targets);
    return tf.mean(tf.mul(tf.square(r), 0.5), 1) as tf.Tensor1D;
  };

  let disposed = false;
  const live = () => {
    if (disposed) throw new Error('GPU surfaces: this network slice program was disposed');
  };
  return {
    async evaluate(xs: Float64Array, ys: Float64Array, signal?: AbortSignal): Promise<Float32Array> {
      live();
      if (xs.length !== ys.length) throw new RangeError('xs and ys differ in length');
      const cpu = CPU_CHUNK[tf.getBackend()];
      const step = cpu === undefined ? chunk : Math.min(chunk, Math.max(1, Math.floor(cpu / perPoint)));
      const parts: tf.Tensor1D[] = [];
      let all: tf.Tensor | null = null;
      try {
        let since = performance.now();
        for (let start = 0; start < xs.length; start += step) {
          const size = Math.min(step, xs.length - start);
          parts.push(
            tf.tidy(() =>
              block(tf.tensor3d(Float32Array.from(xs.subarray(start, start + size)), [size, 1, 1]), tf.tensor3d(Float32Array.from(ys.subarray(start, start + size)), [size, 1, 1])),
            ),
          );
          if (start + size < xs.length && performance.now() - since >= SLICE_MS) {
            await nextTask();
            live();
            // Nobody wants this grid any more (the settings moved on): stop at the next chunk.
            signal?.throwIfAborted();
            since = performance.now();
          }
        }
        all = parts.length === 1 ? (parts.pop() as tf.Tensor1D) : tf.concat(parts);
        const values = (await all.data()) as Float32Array;
        for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) values[k] = NaN;
        return values;
      } finally {
        for (const p of parts) p.dispose();
        all?.dispose();
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const t of owned) t.dispose();
    },
  };
}

/** Resolves in a new task, after the page has had its turn (input, rendering, other tasks). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    // Not setTimeout: nested timeouts are clamped to ≥ 4 ms each.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
