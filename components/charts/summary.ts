/**
 * The sentence a screen reader hears for a chart: each series' first and last drawn value with
 * their steps. Pure.
 */
import { num } from '@/engine/explain';

/** What summarizeSeries needs of a series. */
export interface NamedValues {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** "train: 1.2 at step 0 to 0.031 at step 250; test: …" over steps 0…upTo (finite values only). */
export function summarizeSeries(series: readonly NamedValues[], upTo: number): string {
  const parts = series.map(({ label, values }) => {
    let a = -1;
    let b = -1;
    for (let t = 0; t <= upTo && t < values.length; t++) {
      if (!Number.isFinite(values[t])) continue;
      if (a < 0) a = t;
      b = t;
    }
    if (a < 0) return `${label}: no values yet`;
    if (a === b) return `${label}: ${num(values[a], 3)} at step ${a}`;
    return `${label}: ${num(values[a], 3)} at step ${a} to ${num(values[b], 3)} at step ${b}`;
  });
  return `${parts.join('; ')}.`;
}
