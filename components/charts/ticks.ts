/**
 * Axis ticks and their labels for the line charts: "nice" steps (1, 2 or 5 × 10ᵏ), domains
 * rounded out to whole steps, log axes ticked at powers of ten, and labels with only the digits
 * the step needs (a value that is float noise next to the step prints as "0"). Pure functions.
 */

/** A tick on an axis: where it sits (data units) and what it reads. */
export interface AxisTick {
  readonly value: number;
  readonly label: string;
}

/** Typographic minus sign. */
const MINUS = '−';
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A step of 1, 2 or 5 × 10ᵏ giving about `count` intervals over `span` (1 for a bad span). */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10) * mag;
}

/** Removes float noise (0.30000000000000004 → 0.3) and −0. */
export function clean(v: number): number {
  const r = Number(v.toPrecision(12));
  return r === 0 ? 0 : r;
}

/** Multiples of a nice step inside [min, max] (about `count` intervals). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (!(max > min)) return [clean(min)];
  const step = niceStep(max - min, count);
  const out: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k <= Math.floor(max / step + 1e-9); k++) out.push(clean(k * step));
  return out;
}

/** [min, max] rounded out to whole nice steps, so the axis ends on labelled ticks. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!(max > min)) {
    const pad = Math.abs(min) * 0.1 || 1;
    return niceDomain(min - pad, min + pad, count);
  }
  const step = niceStep(max - min, count);
  return [clean(Math.floor(min / step + 1e-9) * step), clean(Math.ceil(max / step - 1e-9) * step)];
}

/** Decimal places that tell ticks `step` apart (0.5 → 1, 0.25 → 2, 20 → 0). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  let d = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  while (d < 15 && Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) > 1e-6 * step * 10 ** d) d++;
  return d;
}

/** 10 to an integer power with a superscript exponent: formatPowerOfTen(-3) → "10⁻³". */
export function formatPowerOfTen(exponent: number): string {
  return `10${[...String(Math.round(exponent))].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** Drops trailing zeros after a decimal point ("1.50" → "1.5", "2.0" → "2"). */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * A tick label for `value` on an axis whose ticks are `step` apart: as many decimals as the step
 * needs, "0" for anything within a millionth of a step of zero (−6.51e-18 on a 0…2 axis), and
 * m×10ᵏ for magnitudes below 10⁻³ or from 10⁵ up (10ᵏ alone when m is 1).
 */
export function formatTick(value: number, step: number): string {
  if (Number.isNaN(value)) return '';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const a = Math.abs(value);
  if (a < Math.abs(step) * 1e-6 || a === 0) return '0';
  const sign = value < 0 ? MINUS : '';
  if (a < 1e-3 || a >= 1e5) {
    let e = Math.floor(Math.log10(a) + 1e-9);
    const digits = Math.min(6, Math.max(0, e - Math.floor(Math.log10(Math.abs(step) || a) + 1e-9)));
    let m = trimZeros((a / 10 ** e).toFixed(digits));
    if (m === '10') [m, e] = ['1', e + 1];
    return sign + (m === '1' ? formatPowerOfTen(e) : `${m}×${formatPowerOfTen(e)}`);
  }
  return sign + trimZeros(a.toFixed(Math.min(15, stepDecimals(Math.abs(step)))));
}

/** Nice ticks over [min, max] with their labels. */
export function linearAxisTicks(min: number, max: number, count = 5): AxisTick[] {
  const step = niceStep(max - min, count);
  return niceTicks(min, max, count).map((value) => ({ value, label: formatTick(value, step) }));
}

/**
 * Ticks for a log10 axis over [min, max] (both > 0). Two or more powers of ten inside: ticks at
 * powers of ten labelled 10ᵏ (every j-th decade, at most 6 ticks). Otherwise 1, 2, 5 × 10ᵏ, and
 * failing those, linear nice ticks.
 */
export function logAxisTicks(min: number, max: number): AxisTick[] {
  if (!(min > 0) || !(max > min)) return min > 0 ? [{ value: min, label: formatTick(min, min) }] : [];
  const e0 = Math.ceil(Math.log10(min) - 1e-9);
  const e1 = Math.floor(Math.log10(max) + 1e-9);
  if (e1 > e0) {
    const every = Math.ceil((e1 - e0 + 1) / 6);
    const ticks: AxisTick[] = [];
    for (let e = e0; e <= e1; e += every) ticks.push({ value: 10 ** e, label: formatPowerOfTen(e) });
    return ticks;
  }
  const inside = (v: number) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
  const mantissas: AxisTick[] = [];
  for (let e = e0 - 1; e <= e1; e++)
    for (const m of [1, 2, 5]) {
      const value = clean(m * 10 ** e);
      if (inside(value)) mantissas.push({ value, label: formatTick(value, 10 ** e) });
    }
  if (mantissas.length >= 2) return mantissas;
  return linearAxisTicks(min, max, 4).filter((t) => t.value > 0);
}
