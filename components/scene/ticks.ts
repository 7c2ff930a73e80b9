/**
 * "Nice" tick values for the 3-D axes and the colour legend: steps of 1, 2 or 5 × 10ᵏ,
 * values free of float noise, labels with just the digits the step needs. For the loss in log
 * height mode, one round value per decade above the minimum. Pure functions, no DOM.
 */
import { clean, formatTick, niceStep, niceTicks } from '@/components/charts/ticks';
import { fmt } from './describe';
import type { HeightMap } from './heights';

/** A tick: its value, its position in [0, 1] along the axis, and its label. */
export interface Tick {
  readonly value: number;
  readonly unit: number;
  readonly label: string;
}

/** The 3-D labels read like the charts' axes: one home for nice steps and tick labels. */
export { niceStep, niceTicks, stepDecimals, formatTick } from '@/components/charts/ticks';

/** Ticks along a parameter axis [lo, hi]. */
export function axisTicks(lo: number, hi: number, target = 4): Tick[] {
  const values = niceTicks(lo, hi, target);
  const step = values.length > 1 ? values[1] - values[0] : niceStep(hi - lo, target);
  return values.map((value) => ({ value, unit: hi > lo ? (value - lo) / (hi - lo) : 0, label: formatTick(value, step) }));
}

/** A value for a label: compact (see fmt), with a true minus sign. */
export function formatValue(v: number): string {
  return fmt(v).replace(/^-/, '−');
}

/**
 * Ticks of the loss under a height map: nice values in linear mode. In log mode one tick per
 * decade k the map shows (thinned to about `target`): min + 10ᵏ rounded up to a multiple of 10ᵏ,
 * so each sits between min + 10ᵏ and min + 2·10ᵏ and reads as a round number; plus the minimum.
 */
export function lossTicks(hm: HeightMap, target = 4): Tick[] {
  if (!(hm.max > hm.min)) return [{ value: hm.min, unit: 0, label: formatValue(hm.min) }];
  if (hm.mode === 'linear') {
    const values = niceTicks(hm.min, hm.max, target);
    const step = values.length > 1 ? values[1] - values[0] : hm.max - hm.min;
    return values.map((value) => ({ value, unit: hm.toUnit(value), label: formatTick(value, step) }));
  }
  const range = hm.max - hm.min;
  const roundUp = (k: number) => clean(Math.ceil((hm.min + 10 ** k) / 10 ** k - 1e-9) * 10 ** k);
  const kLo = Math.ceil(Math.log10(Math.max(hm.fromUnit(0.06) - hm.min, range * 1e-12)) - 1e-9);
  let kHi = Math.floor(Math.log10(range) + 1e-9);
  if (roundUp(kHi) > hm.max) kHi--;
  const decades = Math.max(0, kHi - kLo + 1);
  const stride = Math.max(1, Math.ceil(decades / Math.max(1, target)));
  const out: Tick[] = [{ value: hm.min, unit: 0, label: formatValue(hm.min) }];
  // From the top down, so the largest decade is always labelled.
  const picked: number[] = [];
  for (let k = kHi; k >= kLo; k -= stride) picked.unshift(k);
  for (const k of picked) {
    const step = 10 ** k;
    const value = roundUp(k);
    if (value > hm.max || value <= out[out.length - 1].value) continue;
    out.push({ value, unit: hm.toUnit(value), label: formatTick(value, step) });
  }
  return out;
}
