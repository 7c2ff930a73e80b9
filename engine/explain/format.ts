/**
 * Number formatting for explanation texts: short, with a true minus sign, and never
 * "NaN" or "Infinity" spelled the JavaScript way.
 */

const MINUS = '\u2212';

/** `v` with `sig` significant digits (exponent form for very large or small magnitudes). */
export function num(v: number, sig = 2): string {
  if (Number.isNaN(v)) return 'n/a';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  let s: string;
  if (a >= 1e5 || a < 1e-3) {
    const [m, e] = a.toExponential(sig - 1).split('e');
    s = `${trimZeros(m)}e${e.replace('+', '')}`;
  } else if (a >= 10 ** sig) {
    s = String(Math.round(a));
  } else {
    s = trimZeros(a.toPrecision(sig));
  }
  return v < 0 ? MINUS + s : s;
}

/** Like num but always signed: "+2.0", "−2.0" (keeps trailing zeros so ±pairs line up). */
export function signed(v: number, sig = 2): string {
  if (!Number.isFinite(v)) return num(v, sig);
  const a = Math.abs(v);
  const body = a !== 0 && (a >= 1e5 || a < 1e-3) ? num(a, sig) : a.toPrecision(sig);
  return (v < 0 ? MINUS : '+') + body;
}

/** A fraction as a percentage: 0.613 → "61 %", 0.005 → "0.5 %". */
export function pct(f: number): string {
  const p = f * 100;
  return Math.abs(p) < 10 && p !== 0 ? `${num(p, 2)} %` : `${Math.round(p)} %`;
}

/** A ratio with a multiplication sign: 1.25 → "1.25×". */
export function times(v: number): string {
  return `${num(v, 3)}×`;
}

/** "w₁" from an axis label like "w₁ (dense feature)". */
export function shortAxis(label: string): string {
  const i = label.indexOf(' (');
  return i < 0 ? label : label.slice(0, i);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
