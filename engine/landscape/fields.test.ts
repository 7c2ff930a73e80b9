import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Field2, Order } from './field';
import {
  bealeField,
  himmelblauField,
  monkeySaddleField,
  plateauCliffField,
  quadraticField,
  rosenbrockField,
  saddleField,
  sharpFlatField,
  sigmoid,
  softplus,
} from './fields';

/**
 * Every closed-form field against central finite differences:
 *   gradient ≈ (f(x+h) − f(x−h)) / 2h, h = 1e-5;
 *   Hessian  ≈ (∇f(x+h) − ∇f(x−h)) / 2h (columns of the Hessian from gradient differences).
 * Tolerance |fd − exact| ≤ rtol·(1 + |exact|) + c·|f|: the last term bounds the rounding error of
 * the difference quotient (≈ 2e-16·|f|/h), so large values far from the minimum do not fail it.
 */
const H = 1e-5;
const RTOL = 1e-5;
const ROUND = 1e-9;

function ev(f: Field2, x: number, y: number, order: Order): { v: number; out: Float64Array } {
  const out = new Float64Array(5);
  const v = f.eval(x, y, out, order);
  return { v, out };
}

function close(name: string, got: number, want: number, scale: number): void {
  const tol = RTOL * (1 + Math.abs(want)) + ROUND * scale;
  if (!(Math.abs(got - want) <= tol)) throw new Error(`${name}: finite difference ${got} vs exact ${want} (tol ${tol})`);
}

/** Checks value consistency across orders, the gradient and the Hessian at one point. */
function checkPoint(f: Field2, x: number, y: number): void {
  const o0 = ev(f, x, y, 0);
  const o1 = ev(f, x, y, 1);
  const o2 = ev(f, x, y, 2);
  expect(Number.isFinite(o2.v)).toBe(true);
  // Value identical whatever the order; gradient identical between orders 1 and 2.
  expect(o0.v).toBe(o2.v);
  expect(o1.v).toBe(o2.v);
  expect(o1.out[0]).toBe(o2.out[0]);
  expect(o1.out[1]).toBe(o2.out[1]);

  const fx = (ev(f, x + H, y, 0).v - ev(f, x - H, y, 0).v) / (2 * H);
  const fy = (ev(f, x, y + H, 0).v - ev(f, x, y - H, 0).v) / (2 * H);
  const fscale = Math.abs(o2.v);
  close(`∂f/∂x at (${x}, ${y})`, fx, o2.out[0], fscale);
  close(`∂f/∂y at (${x}, ${y})`, fy, o2.out[1], fscale);

  const gxp = ev(f, x + H, y, 1).out;
  const gxm = ev(f, x - H, y, 1).out;
  const gyp = ev(f, x, y + H, 1).out;
  const gym = ev(f, x, y - H, 1).out;
  const gscale = Math.abs(o2.out[0]) + Math.abs(o2.out[1]);
  close(`∂²f/∂x² at (${x}, ${y})`, (gxp[0] - gxm[0]) / (2 * H), o2.out[2], gscale);
  close(`∂²f/∂x∂y (from ∂x) at (${x}, ${y})`, (gxp[1] - gxm[1]) / (2 * H), o2.out[3], gscale);
  close(`∂²f/∂x∂y (from ∂y) at (${x}, ${y})`, (gyp[0] - gym[0]) / (2 * H), o2.out[3], gscale);
  close(`∂²f/∂y² at (${x}, ${y})`, (gyp[1] - gym[1]) / (2 * H), o2.out[4], gscale);
}

const coord = (lim: number) => fc.double({ min: -lim, max: lim, noNaN: true, noDefaultInfinity: true });
const pos = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A named field at fixed parameters, checked over [−lim, lim]². */
const FIXED: readonly { name: string; field: Field2; lim: number }[] = [
  { name: 'saddle (1, 1, 0.25)', field: saddleField(1, 1, 0.25), lim: 3 },
  { name: 'monkey saddle (0.25)', field: monkeySaddleField(0.25), lim: 3 },
  {
    name: 'plateau-cliff (defaults)',
    field: plateauCliffField({ height: 2, steepness: 4, edge: 0, slope: 0.02, wall: -3, across: 0.5 }),
    lim: 6,
  },
  {
    name: 'plateau-cliff (steep)',
    field: plateauCliffField({ height: 10, steepness: 12, edge: 1, slope: 0.5, wall: -5, across: 3 }),
    lim: 8,
  },
  {
    name: 'sharp-flat (defaults)',
    field: sharpFlatField({ sharpAt: [-1, 0.6], sharpWidth: 0.1, sharpDepth: 3, flatAt: [1.5, -0.5], flatWidth: 1, flatDepth: 1, bowl: 0.1 }),
    lim: 3.5,
  },
  { name: 'rosenbrock (1, 100)', field: rosenbrockField(1, 100), lim: 2.5 },
  { name: 'rosenbrock (-2, 3)', field: rosenbrockField(-2, 3), lim: 3 },
  { name: 'himmelblau', field: himmelblauField(), lim: 5 },
  { name: 'beale', field: bealeField(), lim: 4.5 },
];

describe('closed-form fields: derivatives match finite differences', () => {
  for (const { name, field, lim } of FIXED) {
    it(`${name}: gradient and Hessian at random points`, () => {
      fc.assert(
        fc.property(coord(lim), coord(lim), (x, y) => checkPoint(field, x, y)),
        { numRuns: 300 },
      );
    });
  }

  it('sharp-flat: derivatives near the narrow well, where curvature is largest', () => {
    const f = sharpFlatField({ sharpAt: [-1, 0.6], sharpWidth: 0.1, sharpDepth: 3, flatAt: [1.5, -0.5], flatWidth: 1, flatDepth: 1, bowl: 0.1 });
    fc.assert(
      fc.property(coord(0.3), coord(0.3), (dx, dy) => checkPoint(f, -1 + dx, 0.6 + dy)),
      { numRuns: 300 },
    );
  });

  it('quadratic (random kappa, scale, angle, centre)', () => {
    fc.assert(
      fc.property(pos(1, 1000), pos(1e-3, 100), coord(90), coord(5), coord(5), coord(10), coord(10), (k, s, a, cx, cy, x, y) =>
        checkPoint(quadraticField(k, s, a, cx, cy), x, y),
      ),
      { numRuns: 300 },
    );
  });

  it('saddle and monkey saddle (random parameters)', () => {
    fc.assert(
      fc.property(pos(0.01, 10), pos(0.01, 10), pos(0.01, 10), coord(3), coord(3), (a, b, c, x, y) => {
        checkPoint(saddleField(a, b, c), x, y);
        checkPoint(monkeySaddleField(c), x, y);
      }),
      { numRuns: 300 },
    );
  });

  it('sharp-flat (random wells)', () => {
    fc.assert(
      fc.property(
        fc.tuple(coord(2), coord(2)),
        pos(0.05, 2),
        pos(0, 10),
        fc.tuple(coord(2), coord(2)),
        pos(0.05, 5),
        pos(0, 10),
        pos(0, 2),
        coord(3),
        coord(3),
        (sharpAt, sharpWidth, sharpDepth, flatAt, flatWidth, flatDepth, bowl, x, y) =>
          checkPoint(sharpFlatField({ sharpAt, sharpWidth, sharpDepth, flatAt, flatWidth, flatDepth, bowl }), x, y),
      ),
      { numRuns: 300 },
    );
  });
});

describe('closed-form fields: values and landmarks by hand', () => {
  const out = new Float64Array(5);

  it('quadratic: minimum value 0 at the centre; Hessian = scale·diag(1, kappa) at angle 0', () => {
    const f = quadraticField(25, 2, 0, 1, -1);
    expect(f.eval(1, -1, out, 2)).toBe(0);
    expect([out[0], out[1]]).toEqual([0, 0]);
    expect([out[2], out[3], out[4]]).toEqual([2, 0, 50]);
    expect(f.eval(2, -1, out, 0)).toBeCloseTo(1, 14); // ½·2·1²
    // At 90° the steep axis turns to w1.
    quadraticField(25, 2, 90).eval(0, 0, out, 2);
    expect(out[2]).toBeCloseTo(50, 10);
    expect(out[4]).toBeCloseTo(2, 10);
    expect(out[3]).toBeCloseTo(0, 10);
  });

  it('saddle: zero gradient and Hessian diag(2a, −2b) at the origin; minima at y = ±√(b/2c)', () => {
    const f = saddleField(1, 1, 0.25);
    expect(f.eval(0, 0, out, 2)).toBe(0);
    expect(Array.from(out, (v) => v + 0)).toEqual([0, 0, 2, 0, -2]); // + 0 folds −0 into 0
    const m = Math.sqrt(1 / 0.5);
    f.eval(0, m, out, 1);
    expect(out[1]).toBeCloseTo(0, 12);
  });

  it('monkey saddle: gradient and Hessian both vanish at the origin', () => {
    monkeySaddleField(0.25).eval(0, 0, out, 2);
    for (const v of out) expect(Math.abs(v)).toBe(0);
  });

  it('known minima: Rosenbrock (a, a²), Himmelblau (3, 2), Beale (3, 0.5)', () => {
    expect(rosenbrockField(1.5, 100).eval(1.5, 2.25, out, 1)).toBe(0);
    expect([out[0] + 0, out[1] + 0]).toEqual([0, 0]);
    expect(himmelblauField().eval(3, 2, out, 1)).toBe(0);
    expect([out[0] + 0, out[1] + 0]).toEqual([0, 0]);
    expect(bealeField().eval(3, 0.5, out, 1)).toBeCloseTo(0, 14);
    expect(Math.abs(out[0]) + Math.abs(out[1])).toBeLessThan(1e-12);
  });

  it('eval never writes beyond what its order asks for', () => {
    for (const { name, field } of FIXED) {
      const buf = new Float64Array(5).fill(7);
      field.eval(0.3, -0.2, buf, 0);
      expect(Array.from(buf), `${name} order 0`).toEqual([7, 7, 7, 7, 7]);
      field.eval(0.3, -0.2, buf, 1);
      expect(Array.from(buf.subarray(2)), `${name} order 1`).toEqual([7, 7, 7]);
    }
  });

  it('sigmoid and softplus are finite and accurate at extreme arguments', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(-30)).toBeCloseTo(Math.exp(-30), 25);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30);
    expect(softplus(2)).toBeCloseTo(Math.log(1 + Math.exp(2)), 14);
  });
});
