/**
 * The runtime of compiled terrains: a linear tape of instructions over a register file of
 * hyper-dual numbers. Register slots (6 per register, stored at base offset 6·i):
 *   [v, ∂x, ∂y, ∂xx, ∂xy, ∂yy]
 * Each instruction applies the exact first- and second-order chain rule, so one pass gives the
 * value, gradient and Hessian. Nothing is allocated per evaluation.
 *
 * Non-smooth points (documented choice, the derivative from one side):
 *   abs(a) at a = 0 (or -0): slope +1, curvature 0 (as for a slightly positive a);
 *   min(a, b), max(a, b) on a tie a = b: the whole hyper-dual of a (the first argument);
 *   a NaN argument to min/max makes everything NaN.
 * Domain errors are not trapped: log/sqrt of a negative, 0/0 and the like give NaN or ±Infinity.
 */
import type { Field2, Order } from '../landscape/field';

/** Instruction codes. Each instruction is 4 ints [op, dst, a, b] (register base offsets). */
export const OP = {
  ADD: 0, SUB: 1, MUL: 2, DIV: 3,
  /** dst = a + k, k = imm0 */
  ADDK: 4,
  /** dst = k · a */
  MULK: 5,
  /** dst = a / k */
  DIVK: 6,
  NEG: 7, SQ: 8,
  /** dst = a ^ p, p = imm0 a constant (not 0, 1 or 2: those become 1, a and SQ) */
  POWK: 9,
  /** dst = c ^ a, c = imm0 a constant, imm1 = ln c */
  KPOW: 10,
  /** dst = a ^ b, both varying: exp(b ln a) for the derivatives, Math.pow for the value */
  POW: 11,
  EXP: 12, LOG: 13, SQRT: 14, ABS: 15, SIN: 16, COS: 17, TANH: 18, SIGMOID: 19, SOFTPLUS: 20,
  MIN: 21, MAX: 22,
  /** Gaussian bump of x, y with constant centre (registers a, b), imm0 = 2σ², imm1 = 1/σ² */
  BUMPK: 23,
} as const;

/** Register base offset of x (its ∂x slot is preset to 1). */
export const X_REG = 0;
/** Register base offset of y (its ∂y slot is preset to 1). */
export const Y_REG = 6;

/**
 * Runs instructions [from, to) of a tape on register file `r`; `deriv` false computes values
 * only (derivative slots of the destinations are then left stale).
 */
export function execute(
  code: Int32Array, imm: Float64Array, r: Float64Array, from: number, to: number, deriv: boolean,
): void {
  for (let k = from; k < to; k++) {
    const c = 4 * k;
    const o = code[c + 1];
    const a = code[c + 2];
    const b = code[c + 3];
    const v = r[a];
    let f0: number, f1 = 0, f2 = 0;
    switch (code[c]) {
      case OP.ADD:
        r[o] = v + r[b];
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = r[a + i] + r[b + i];
        continue;
      case OP.SUB:
        r[o] = v - r[b];
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = r[a + i] - r[b + i];
        continue;
      case OP.MUL: {
        const w = r[b];
        r[o] = v * w;
        if (!deriv) continue;
        const ax = r[a + 1], ay = r[a + 2], bx = r[b + 1], by = r[b + 2];
        r[o + 1] = ax * w + v * bx;
        r[o + 2] = ay * w + v * by;
        r[o + 3] = r[a + 3] * w + 2 * ax * bx + v * r[b + 3];
        r[o + 4] = r[a + 4] * w + ax * by + ay * bx + v * r[b + 4];
        r[o + 5] = r[a + 5] * w + 2 * ay * by + v * r[b + 5];
        continue;
      }
      case OP.DIV: {
        // q = a/b ⇔ q·b = a; differentiate that identity once and twice and solve for q's terms.
        const w = r[b];
        const q = v / w;
        r[o] = q;
        if (!deriv) continue;
        const bx = r[b + 1], by = r[b + 2];
        const qx = (r[a + 1] - q * bx) / w;
        const qy = (r[a + 2] - q * by) / w;
        r[o + 1] = qx;
        r[o + 2] = qy;
        r[o + 3] = (r[a + 3] - 2 * qx * bx - q * r[b + 3]) / w;
        r[o + 4] = (r[a + 4] - qx * by - qy * bx - q * r[b + 4]) / w;
        r[o + 5] = (r[a + 5] - 2 * qy * by - q * r[b + 5]) / w;
        continue;
      }
      case OP.ADDK:
        r[o] = v + imm[2 * k];
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = r[a + i];
        continue;
      case OP.MULK: {
        const s = imm[2 * k];
        r[o] = s * v;
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = s * r[a + i];
        continue;
      }
      case OP.DIVK: {
        const s = imm[2 * k];
        r[o] = v / s;
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = r[a + i] / s;
        continue;
      }
      case OP.NEG:
        r[o] = -v;
        if (deriv) for (let i = 1; i < 6; i++) r[o + i] = -r[a + i];
        continue;
      case OP.POW:
        pow(r, o, a, b, deriv);
        continue;
      case OP.MIN:
      case OP.MAX: {
        const w = r[b];
        const isMin = code[c] === OP.MIN;
        // On a tie take a; NaN compares false both ways and poisons the result.
        const pick = (isMin ? v <= w : v >= w) ? a : (isMin ? v > w : v < w) ? b : -1;
        const n = deriv ? 6 : 1;
        for (let i = 0; i < n; i++) r[o + i] = pick < 0 ? NaN : r[pick + i];
        continue;
      }
      case OP.BUMPK:
        bump(r, o, a, b, imm[2 * k], imm[2 * k + 1], deriv);
        continue;
      // Scalar functions: set f0 = f(v), f1 = f'(v), f2 = f''(v); the chain rule follows the switch.
      case OP.SQ:
        f0 = v * v; f1 = 2 * v; f2 = 2;
        break;
      case OP.POWK: {
        const p = imm[2 * k];
        f0 = Math.pow(v, p);
        if (deriv) {
          f1 = p * Math.pow(v, p - 1);
          f2 = p * (p - 1) * Math.pow(v, p - 2);
        }
        break;
      }
      case OP.KPOW: {
        const lnc = imm[2 * k + 1];
        f0 = Math.pow(imm[2 * k], v); f1 = f0 * lnc; f2 = f1 * lnc;
        break;
      }
      case OP.EXP:
        f0 = Math.exp(v); f1 = f0; f2 = f0;
        break;
      case OP.LOG:
        f0 = Math.log(v); f1 = 1 / v; f2 = -f1 * f1;
        break;
      case OP.SQRT:
        f0 = Math.sqrt(v); f1 = 0.5 / f0; f2 = (-0.5 * f1) / v;
        break;
      case OP.ABS:
        f0 = Math.abs(v); f1 = v < 0 ? -1 : 1; f2 = 0;
        break;
      case OP.SIN:
        f0 = Math.sin(v); f1 = Math.cos(v); f2 = -f0;
        break;
      case OP.COS:
        f0 = Math.cos(v); f1 = -Math.sin(v); f2 = -f0;
        break;
      case OP.TANH:
        f0 = Math.tanh(v); f1 = 1 - f0 * f0; f2 = -2 * f0 * f1;
        break;
      case OP.SIGMOID:
      case OP.SOFTPLUS: {
        // Stable: e = exp(-|v|) ≤ 1, so neither branch overflows; sm = 1 - s without cancellation.
        const e = Math.exp(-Math.abs(v));
        const p = 1 / (1 + e);
        const s = v >= 0 ? p : e * p;
        const sm = v >= 0 ? e * p : p;
        if (code[c] === OP.SIGMOID) {
          f0 = s; f1 = s * sm; f2 = f1 * (sm - s);
        } else {
          f0 = Math.max(v, 0) + Math.log1p(e); f1 = s; f2 = s * sm;
        }
        break;
      }
      default:
        continue;
    }
    r[o] = f0;
    if (!deriv) continue;
    const ax = r[a + 1], ay = r[a + 2];
    r[o + 1] = f1 * ax;
    r[o + 2] = f1 * ay;
    r[o + 3] = f1 * r[a + 3] + f2 * ax * ax;
    r[o + 4] = f1 * r[a + 4] + f2 * ax * ay;
    r[o + 5] = f1 * r[a + 5] + f2 * ay * ay;
  }
}

// a^b with both sides varying: value Math.pow(a, b); derivatives of exp(u), u = b·ln a.
function pow(r: Float64Array, o: number, a: number, b: number, deriv: boolean): void {
  const av = r[a], bv = r[b];
  const f = Math.pow(av, bv);
  r[o] = f;
  if (!deriv) return;
  const L = Math.log(av);
  const ax = r[a + 1], ay = r[a + 2], bx = r[b + 1], by = r[b + 2];
  const ia = 1 / av;
  const ux = bx * L + bv * ax * ia;
  const uy = by * L + bv * ay * ia;
  const uxx = r[b + 3] * L + 2 * bx * ax * ia + bv * (r[a + 3] * ia - ax * ax * ia * ia);
  const uxy = r[b + 4] * L + (bx * ay + by * ax) * ia + bv * (r[a + 4] * ia - ax * ay * ia * ia);
  const uyy = r[b + 5] * L + 2 * by * ay * ia + bv * (r[a + 5] * ia - ay * ay * ia * ia);
  r[o + 1] = f * ux;
  r[o + 2] = f * uy;
  r[o + 3] = f * (uxx + ux * ux);
  r[o + 4] = f * (uxy + ux * uy);
  r[o + 5] = f * (uyy + uy * uy);
}

// exp(-((x-cx)² + (y-cy)²) / (2σ²)) in closed form; the value uses the same float operations
// as the general lowering of bump, so both paths agree bit for bit.
function bump(
  r: Float64Array, o: number, cxReg: number, cyReg: number, twoS2: number, invS2: number, deriv: boolean,
): void {
  const dx = r[X_REG] - r[cxReg];
  const dy = r[Y_REG] - r[cyReg];
  const f = Math.exp(-((dx * dx + dy * dy) / twoS2));
  r[o] = f;
  if (!deriv) return;
  const gx = -dx * invS2, gy = -dy * invS2;
  r[o + 1] = f * gx;
  r[o + 2] = f * gy;
  r[o + 3] = f * (gx * gx - invS2);
  r[o + 4] = f * gx * gy;
  r[o + 5] = f * (gy * gy - invS2);
}

/** A compiled terrain: a Field2 backed by a tape and its own register file. */
export class TapeField implements Field2 {
  /**
   * @param code  instructions, 4 ints each
   * @param imm   immediates, 2 per instruction
   * @param regs  register file with x, y and the constants already filled in (owned from now on)
   * @param result  base offset of the register holding f
   */
  constructor(
    private readonly code: Int32Array,
    private readonly imm: Float64Array,
    private readonly regs: Float64Array,
    private readonly result: number,
  ) {}

  /** Number of instructions on the tape (constant sub-expressions are folded away). */
  get tapeLength(): number {
    return this.code.length / 4;
  }

  /** f(x, y), plus gradient (order ≥ 1) and Hessian [xx, xy, yy] (order 2) into `out`. */
  eval(x: number, y: number, out: Float64Array, order: Order): number {
    const r = this.regs;
    r[X_REG] = x;
    r[Y_REG] = y;
    execute(this.code, this.imm, r, 0, this.code.length / 4, order !== 0);
    const o = this.result;
    if (order !== 0) {
      out[0] = r[o + 1];
      out[1] = r[o + 2];
      if (order === 2) {
        out[2] = r[o + 3];
        out[3] = r[o + 4];
        out[4] = r[o + 5];
      }
    }
    return r[o];
  }
}
