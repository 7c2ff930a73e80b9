import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAMILY_EXPRESSIONS, familyExpression, isTerrainFamily, numberSource, type TerrainFamilyId } from './expressions';
import { FAMILY_IDS, LandscapeSpecSchema, buildLandscape, type LandscapeSpec } from './registry';
import { parseTerrain, terrainField, TERRAIN_LIMITS } from '../terrain';
import { createRng } from '../rng';

/**
 * Each closed-form family's terrain-language source, compiled by the engine's own terrainField,
 * must equal the family's hand-written field. The field is reached through the family itself:
 * a landscape with one example and zero spread, whose term(·) is f(w − 0) = f(w). So what is
 * compared is what the family really builds, not a re-derivation of its factory call.
 *
 * Tolerance: 1e-11 relative, per group (value, gradient, Hessian), to the group's size at that
 * point (its largest absolute component, at least 1), or to 1/100 of the group's largest size over
 * all the sampled points when that is bigger. The second scale is there because the hand-written
 * formulas round at the size of their intermediate terms, not of their result: on a steep
 * cliff's plateau, plateauCliffField's 1 − σ cancels, leaving an absolute error of about
 * ε·height·steepness² in a Hessian that has itself shrunk to almost nothing.
 */
const CLOSED_FORM = FAMILY_IDS.filter((id): id is Exclude<TerrainFamilyId, 'terrain'> => isTerrainFamily(id) && id !== 'terrain');
const RTOL = 1e-11;
const POINTS = 400;

function fieldOf(spec: LandscapeSpec) {
  const land = buildLandscape({ ...spec, variation: { n: 1, nTest: 1, spread: [0, 0] } });
  return { land, at: (x: number, y: number, out: Float64Array) => land.term(land.train, 0, x, y, out, 2, null) };
}

const GROUPS = [[0, 1], [1, 3], [3, 6]] as const;

/** Largest absolute component of each group of [value, ∂x, ∂y, ∂xx, ∂xy, ∂yy]. */
function groupSizes(v: ArrayLike<number>): number[] {
  return GROUPS.map(([from, to]) => {
    let m = 0;
    for (let i = from; i < to; i++) m = Math.max(m, Math.abs(v[i]));
    return m;
  });
}

/** Largest relative error (per group) between the expression and the field over random points of 1.5× the domain. */
function compare(spec: LandscapeSpec, seed: number): { worst: number; checked: number; src: string } {
  const src = familyExpression(spec);
  if (src === null) throw new Error(`${spec.family} has no expression`);
  const expr = terrainField(src);
  const { land, at } = fieldOf(spec);
  const rng = createRng(seed);
  const { x, y } = land.domain;
  const cx = (x[0] + x[1]) / 2, cy = (y[0] + y[1]) / 2, hx = 0.75 * (x[1] - x[0]), hy = 0.75 * (y[1] - y[0]);
  const out = new Float64Array(5);
  const pairs: [number[], number[]][] = [];
  const global = [0, 0, 0];
  for (let k = 0; k < POINTS; k++) {
    const px = cx + hx * (2 * rng.next() - 1);
    const py = cy + hy * (2 * rng.next() - 1);
    const field = [at(px, py, out), ...out];
    const ev = expr.eval(px, py, out, 2);
    const mine = [ev, ...out];
    // Orders 0 and 1 of the expression give the same value as order 2.
    expect(expr.eval(px, py, out, 0)).toBe(ev);
    expect(expr.eval(px, py, out, 1)).toBe(ev);
    if (!field.every(Number.isFinite)) continue;
    pairs.push([field, mine]);
    groupSizes(field).forEach((m, g) => (global[g] = Math.max(global[g], m)));
  }
  let worst = 0;
  for (const [field, mine] of pairs) {
    const local = groupSizes(field);
    GROUPS.forEach(([from, to], g) => {
      const scale = Math.max(1, local[g], global[g] / 100);
      for (let i = from; i < to; i++) worst = Math.max(worst, Math.abs(field[i] - mine[i]) / scale);
    });
  }
  return { worst, checked: pairs.length, src };
}

/** Random parameters inside each family's schema ranges. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const pt = (r: number) => fc.tuple(num(-r, r), num(-r, r));
const PARAMS: Record<Exclude<TerrainFamilyId, 'terrain'>, fc.Arbitrary<Record<string, unknown>>> = {
  ravine: fc.record({ kappa: num(1, 10_000), scale: num(1e-3, 100), angle: num(-90, 90), center: pt(100) }),
  saddle: fc.record({ a: num(0.01, 10), b: num(0.01, 10), c: num(0.01, 10) }),
  'monkey-saddle': fc.record({ c: num(0.01, 10) }),
  'plateau-cliff': fc.record({
    height: num(0.01, 100), steepness: num(0.1, 50), edge: num(-50, 50), slope: num(0, 1), wall: num(-60, 50), across: num(0, 10),
  }),
  'sharp-flat': fc.record({
    sharpAt: pt(100), sharpWidth: num(0.01, 2), sharpDepth: num(0, 10),
    flatAt: pt(100), flatWidth: num(0.05, 5), flatDepth: num(0, 10), bowl: num(0, 2),
  }),
  rosenbrock: fc.record({ a: num(-3, 3), b: num(0.1, 1000) }),
  himmelblau: fc.constant({}),
  beale: fc.constant({}),
};

describe('closed-form families as terrain-language expressions', () => {
  it('covers every terrain family and no data family', () => {
    expect(CLOSED_FORM.sort()).toEqual(
      ['beale', 'himmelblau', 'monkey-saddle', 'plateau-cliff', 'ravine', 'rosenbrock', 'saddle', 'sharp-flat'].sort(),
    );
    expect(Object.keys(FAMILY_EXPRESSIONS).sort()).toEqual([...CLOSED_FORM, 'terrain'].sort());
    for (const id of ['regression', 'sparse', 'cats-dogs'] as const) {
      expect(isTerrainFamily(id)).toBe(false);
      expect(familyExpression(LandscapeSpecSchema.parse({ family: id }))).toBeNull();
    }
  });

  it('numbers print as source that reads back to the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const ast = parseTerrain(numberSource(v));
        const back = terrainField(numberSource(v)).eval(0, 0, new Float64Array(5), 0);
        expect(Object.is(back, v) || (v === 0 && back === 0)).toBe(true);
        expect(ast.kind === 'num' || ast.kind === 'neg').toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(() => numberSource(NaN)).toThrow(RangeError);
  });

  it.each(CLOSED_FORM)('%s with default parameters equals its hand-written field', (family) => {
    const spec = LandscapeSpecSchema.parse({ family });
    const { worst, checked, src } = compare(spec, 7);
    expect(checked, src).toBeGreaterThan(POINTS * 0.9);
    expect(worst, src).toBeLessThanOrEqual(RTOL);
  });

  it.each(CLOSED_FORM)('%s with random parameters equals its hand-written field', (family) => {
    fc.assert(
      fc.property(PARAMS[family], fc.nat(), (params, seed) => {
        const spec = LandscapeSpecSchema.parse({ family, params });
        const src = familyExpression(spec) as string;
        expect(src.length).toBeLessThanOrEqual(TERRAIN_LIMITS.maxLength);
        const { worst } = compare(spec, seed);
        expect(worst, src).toBeLessThanOrEqual(RTOL);
      }),
      { numRuns: 40 },
    );
  });

  it("the custom terrain family's expression is its own source", () => {
    const expr = '3*bump(1, -1, 0.5) - 2*bump(0, 0, 1) + sq(x)/10';
    expect(familyExpression(LandscapeSpecSchema.parse({ family: 'terrain', params: { expr } }))).toBe(expr);
    expect(familyExpression(LandscapeSpecSchema.parse({ family: 'terrain' }))).toBe('x^2 + y^2');
  });
});
