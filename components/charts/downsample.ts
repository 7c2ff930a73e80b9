/**
 * Thinning a per-step series for drawing, and the SVG path through the result. Pure functions.
 */

/** A point of a series: [step, value]. */
export type StepPoint = readonly [number, number];

/** Buckets per series: at most 2 points each, plus the first and last point. */
const BUCKETS = 199;

/**
 * Points of values[0…upTo], at most about 2·buckets + 2 (≤ 400 by default): each bucket of
 * steps keeps its lowest and highest value in step order, so spikes survive; the first and the
 * last drawable points are always kept. Values `keep` rejects (NaN, and ≤ 0 on a log axis) are
 * skipped: the line joins across them, so sparse NaN entries do not break it.
 */
export function downsample(values: ArrayLike<number>, upTo: number, keep: (v: number) => boolean = Number.isFinite, buckets = BUCKETS): StepPoint[] {
  const last = Math.min(upTo, values.length - 1);
  const size = Math.max(1, Math.ceil((last + 1) / buckets));
  const out: StepPoint[] = [];
  let firstT = -1;
  let lastT = -1;
  for (let t = 0; t <= last; t++) if (keep(values[t])) [firstT, lastT] = [firstT < 0 ? t : firstT, t];
  if (firstT < 0) return out;
  const push = (t: number) => {
    if (!out.length || out[out.length - 1][0] < t) out.push([t, values[t]]);
  };
  push(firstT);
  for (let b0 = 0; b0 <= last; b0 += size) {
    let lo = -1;
    let hi = -1;
    for (let t = b0; t <= Math.min(last, b0 + size - 1); t++) {
      const v = values[t];
      if (!keep(v)) continue;
      if (lo < 0 || v < values[lo]) lo = t;
      if (hi < 0 || v > values[hi]) hi = t;
    }
    if (lo < 0) continue;
    push(Math.min(lo, hi));
    push(Math.max(lo, hi));
  }
  push(lastT);
  return out;
}

/** Rounds to one decimal place (SVG coordinates). */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** SVG path data through points mapped by two scales ("M x y L x y …"). */
export function pathData(points: readonly StepPoint[], sx: (step: number) => number, sy: (value: number) => number): string {
  return points.map(([t, v], k) => `${k ? 'L' : 'M'}${r1(sx(t))} ${r1(sy(v))}`).join('');
}
