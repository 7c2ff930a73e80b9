/**
 * Axis scales, ticks and series thinning for the server-rendered charts. Pure functions.
 */
import { pathData } from '@/components/charts/downsample';

/** Maps a data interval onto a pixel interval (log10 when `log`). */
export interface Scale {
  (v: number): number;
  readonly domain: readonly [number, number];
  readonly log: boolean;
}

/** A linear or log10 scale from [d0, d1] to [r0, r1]. */
export function makeScale(d0: number, d1: number, r0: number, r1: number, log = false): Scale {
  const f = log ? Math.log10 : (v: number) => v;
  const a = f(d0);
  const b = f(d1);
  const span = b - a || 1;
  const s = ((v: number) => r0 + ((f(v) - a) / span) * (r1 - r0)) as Scale;
  return Object.assign(s, { domain: [d0, d1] as const, log });
}

/** About `count` round tick values covering [min, max] (1, 2, 5 × 10^k steps). */
export function linearTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return ticks;
}

/** Powers of ten within [min, max] (every k-th so at most ~6 ticks). */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.ceil(Math.log10(min));
  const hi = Math.floor(Math.log10(max));
  const every = Math.max(1, Math.ceil((hi - lo + 1) / 6));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += every) ticks.push(10 ** e);
  return ticks;
}

/**
 * Thins series[0…last] to at most ~2·buckets points, keeping each bucket's minimum and maximum in
 * step order (spikes survive). Non-finite values break the line: the result is a list of runs
 * of [step, value] pairs.
 */
export function decimate(series: ArrayLike<number>, last: number, buckets = 240, keep: (v: number) => boolean = Number.isFinite): [number, number][][] {
  const runs: [number, number][][] = [];
  let cur: [number, number][] = [];
  const size = Math.max(1, Math.ceil((last + 1) / buckets));
  for (let b0 = 0; b0 <= last; b0 += size) {
    let lo = -1;
    let hi = -1;
    let broken = false;
    for (let t = b0; t <= Math.min(last, b0 + size - 1); t++) {
      const v = series[t];
      if (!keep(v)) {
        broken = true;
        continue;
      }
      if (lo < 0 || v < series[lo]) lo = t;
      if (hi < 0 || v > series[hi]) hi = t;
    }
    if (lo >= 0) {
      const pts: [number, number][] = lo === hi ? [[lo, series[lo]]] : lo < hi ? [[lo, series[lo]], [hi, series[hi]]] : [[hi, series[hi]], [lo, series[lo]]];
      cur.push(...pts);
    }
    if (broken && size === 1 && cur.length) {
      runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/** SVG path data for runs of points through two scales (one decimal place; a gap between runs). */
export function runsPathData(runs: readonly (readonly [number, number])[][], sx: (v: number) => number, sy: (v: number) => number): string {
  return runs.map((run) => pathData(run, sx, sy)).join('');
}
