/**
 * The axes of a step chart: the x axis runs over steps 0…total; the y axis covers the values
 * drawn (steps 0…upTo) and the guides, rounded out to labelled ticks on a linear axis or to
 * whole decades on a log axis. Pure functions.
 */
import { linearAxisTicks, logAxisTicks, niceDomain, niceTicks, formatTick, niceStep, type AxisTick } from './ticks';

/** A y axis: its data range, its ticks and whether it is log10. */
export interface YAxis {
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
  readonly ticks: readonly AxisTick[];
}

/** Options of yAxisFor. */
export interface YAxisOptions {
  readonly log: boolean;
  /** Values the axis must include too (horizontal guides). */
  readonly include?: readonly number[];
  /**
   * Cap the top near the first value (a diverging run): three times its distance to the
   * minimum on a linear axis, eight decades on a log axis; the blow-up leaves the plot.
   */
  readonly clipBlowUp?: boolean;
}

/** Most decades a log axis shows (below that, the bottom is cut). */
const MAX_DECADES = 14;

/** Whether a value can be drawn on the axis (finite, and positive on a log axis). */
export function drawable(log: boolean): (v: number) => boolean {
  return log ? (v) => Number.isFinite(v) && v > 0 : Number.isFinite;
}

/** The y axis for series values at steps 0…upTo (see file note). */
export function yAxisFor(series: readonly ArrayLike<number>[], upTo: number, { log, include = [], clipBlowUp = false }: YAxisOptions): YAxis {
  const ok = drawable(log);
  const f = log ? Math.log10 : (v: number) => v;
  let lo = Infinity;
  let hi = -Infinity;
  let first = NaN;
  for (const values of series) {
    for (let t = 0; t <= upTo && t < values.length; t++) {
      const v = values[t];
      if (!ok(v)) continue;
      const y = f(v);
      if (y < lo) lo = y;
      if (y > hi) hi = y;
      if (Number.isNaN(first)) first = y;
    }
  }
  if (Number.isFinite(lo) && clipBlowUp) hi = Math.min(hi, log ? first + 8 : first + 3 * Math.max(first - lo, 0.5 * Math.abs(first), 1e-9));
  for (const v of include) {
    if (!ok(v)) continue;
    lo = Math.min(lo, f(v));
    hi = Math.max(hi, f(v));
  }
  return log ? logAxis(lo, hi) : linearAxis(lo, hi);
}

function linearAxis(lo: number, hi: number): YAxis {
  if (!Number.isFinite(lo)) return { min: 0, max: 1, log: false, ticks: linearAxisTicks(0, 1, 4) };
  const [min, max] = niceDomain(lo, hi, 4);
  return { min, max, log: false, ticks: linearAxisTicks(min, max, 4) };
}

/** lo, hi in decades (log10 of the values). */
function logAxis(lo: number, hi: number): YAxis {
  if (!Number.isFinite(lo)) return { min: 0.1, max: 10, log: true, ticks: logAxisTicks(0.1, 10) };
  lo = Math.max(lo, hi - MAX_DECADES);
  let a: number;
  let b: number;
  if (hi - lo >= 1) {
    // A decade or more: whole decades, so both ends carry a 10ᵏ label.
    a = Math.floor(lo + 1e-9);
    b = Math.ceil(hi - 1e-9);
  } else {
    const pad = Math.max((hi - lo) * 0.08, 0.02);
    a = lo - pad;
    b = hi + pad;
  }
  const min = 10 ** a;
  const max = 10 ** b;
  return { min, max, log: true, ticks: logAxisTicks(min, max) };
}

/** Integer step ticks over 0…total, labelled. */
export function stepAxisTicks(total: number, count = 5): AxisTick[] {
  const end = Math.max(1, total);
  const step = Math.max(1, niceStep(end, count));
  return niceTicks(0, end, count)
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, label: formatTick(value, step) }));
}
