/**
 * Numbers measured on a finished run (a Trace): the quantities the syllabus's phenomena are
 * proven with and the explanations quote.
 */
import type { Trace } from '../simulate';
import type { Landmark } from '../landscape/types';
import type { Vec2 } from '../vec';

/**
 * Oscillation index: the fraction of consecutive step pairs whose component along `axis`
 * (usually the Hessian's steepest eigenvector) changes sign. 0 = steady, 1 = zig-zag every step.
 * Steps shorter than `minStep` along the axis are ignored (a ball at rest does not oscillate).
 */
export function oscillationIndex(trace: Trace, axis: Vec2, from = 1, to = trace.steps, minStep = 1e-12): number {
  let flips = 0;
  let pairs = 0;
  let prev = 0;
  for (let t = Math.max(1, from); t <= to; t++) {
    const s = (trace.x[t] - trace.x[t - 1]) * axis[0] + (trace.y[t] - trace.y[t - 1]) * axis[1];
    if (Math.abs(s) < minStep) continue;
    if (prev !== 0) {
      pairs++;
      if (Math.sign(s) !== Math.sign(prev)) flips++;
    }
    prev = s;
  }
  return pairs === 0 ? 0 : flips / pairs;
}

/** A stretch of evaluated steps where the full gradient stayed under a threshold. */
export interface Stall {
  /** First and last step of the longest stretch (evaluated steps only), or null. */
  readonly from: number | null;
  readonly to: number | null;
  /** Number of evaluated steps under the threshold, in total. */
  readonly stalledSteps: number;
  /** Loss (train) during the longest stretch: its mean. */
  readonly meanLoss: number;
}

/**
 * Stall detection: evaluated steps whose full gradient norm is below `gradTol` while the train
 * loss is still above `lossAbove` (a plateau or saddle that looks converged but is not low).
 * Needs a trace recorded at every step for step-exact counts.
 */
export function findStall(trace: Trace, gradTol: number, lossAbove: number): Stall {
  let best: [number, number] | null = null;
  let cur: number | null = null;
  let total = 0;
  for (let t = 0; t <= trace.steps; t++) {
    const gn = trace.gradNorm[t];
    if (Number.isNaN(gn)) continue;
    const stalled = gn < gradTol && trace.trainLoss[t] > lossAbove;
    if (stalled) {
      total++;
      if (cur === null) cur = t;
      if (!best || t - cur > best[1] - best[0]) best = [cur, t];
    } else cur = null;
  }
  let meanLoss = NaN;
  if (best) {
    let s = 0;
    let n = 0;
    for (let t = best[0]; t <= best[1]; t++) {
      if (Number.isNaN(trace.trainLoss[t])) continue;
      s += trace.trainLoss[t];
      n++;
    }
    meanLoss = s / n;
  }
  return { from: best?.[0] ?? null, to: best?.[1] ?? null, stalledSteps: total, meanLoss };
}

/** First step at which the train loss is below `threshold` (evaluated steps), or null. */
export function firstStepBelow(series: Float64Array, threshold: number, steps: number): number | null {
  for (let t = 0; t <= steps; t++) if (series[t] < threshold) return t;
  return null;
}

/** Roughness of a loss curve: mean |loss[t] − loss[t−1]| over steps with both values present. */
export function roughness(series: Float64Array, from: number, to: number): number {
  let s = 0;
  let n = 0;
  for (let t = Math.max(1, from); t <= to; t++) {
    const d = series[t] - series[t - 1];
    if (!Number.isFinite(d)) continue;
    s += Math.abs(d);
    n++;
  }
  return n === 0 ? 0 : s / n;
}

/** Sample autocorrelation of series[from..to] at `lag` (mean removed). */
export function autocorrelation(series: Float64Array, lag: number, from: number, to: number): number {
  let mean = 0;
  let n = 0;
  for (let t = from; t <= to; t++) {
    mean += series[t];
    n++;
  }
  mean /= n;
  let num = 0;
  let den = 0;
  for (let t = from; t <= to; t++) {
    const d = series[t] - mean;
    den += d * d;
    if (t + lag <= to) num += d * (series[t + lag] - mean);
  }
  return den === 0 ? 0 : num / den;
}

/** Standard deviation of series[from..to]. */
export function spreadOf(series: Float64Array, from: number, to: number): number {
  let m = 0;
  let n = 0;
  for (let t = from; t <= to; t++) {
    m += series[t];
    n++;
  }
  m /= n;
  let v = 0;
  for (let t = from; t <= to; t++) v += (series[t] - m) ** 2;
  return Math.sqrt(v / n);
}

/** The landmark whose basin (disc of its radius) contains the run's final point, or null. */
export function finalBasin(trace: Trace, landmarks: readonly Landmark[]): Landmark | null {
  const x = trace.x[trace.steps];
  const y = trace.y[trace.steps];
  for (const m of landmarks) if (m.radius > 0 && Math.hypot(x - m.at[0], y - m.at[1]) <= m.radius) return m;
  return null;
}

/** Effective learning rate of parameter j (0 or 1) at step t (≥ 1). */
export function effectiveLrAt(trace: Trace, j: 0 | 1, t: number): number {
  return trace.effLr[2 * t + j];
}

/** Test − train loss at the last evaluated step: the generalization gap. */
export function generalizationGap(trace: Trace): number {
  return trace.testLoss[trace.lastEvaluated] - trace.trainLoss[trace.lastEvaluated];
}
