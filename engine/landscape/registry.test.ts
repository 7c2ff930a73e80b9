import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FAMILIES, FAMILY_IDS, LandscapeSpecSchema, buildLandscape, resolveVariation, type FamilyId } from './registry';
import { meanLoss } from './objective';
import type { Landscape } from './types';
import { BN_EPS } from './families/data';
import { createRng } from '../rng';

const TERRAIN_EXPRS = ['x^2 - y^2 + y^4/4', 'sin(x)*cos(y) + 0.1*(x^2 + y^2)', '3*bump(1, -1, 0.5) - 2*bump(0, 0, 1) + sq(x)/10'];

interface Case {
  readonly name: string;
  readonly spec: unknown;
}

const CASES: readonly Case[] = [
  // A network's rows come from a real data set, loaded outside the engine: its own tests are
  // engine/landscape/network/*.test.ts and content/datasets/ready.test.ts.
  ...FAMILY_IDS.filter((id) => id !== 'terrain' && id !== 'network').map((id) => ({ name: id, spec: { family: id } })),
  { name: 'regression (standardized)', spec: { family: 'regression', params: { scaling: 'standardized' } } },
  { name: 'cats-dogs (shuffled)', spec: { family: 'cats-dogs', params: { ordered: false } } },
  { name: 'terrain (default expression)', spec: { family: 'terrain' } },
  ...TERRAIN_EXPRS.map((expr) => ({ name: `terrain ${expr}`, spec: { family: 'terrain', params: { expr } } })),
];

const parse = (spec: unknown) => LandscapeSpecSchema.parse(spec);

/** Points spread over the landscape's domain (deterministic). */
function domainPoints(land: Landscape, k: number): [number, number][] {
  const rng = createRng(99);
  const { x, y } = land.domain;
  return Array.from({ length: k }, () => [x[0] + (x[1] - x[0]) * rng.next(), y[0] + (y[1] - y[0]) * rng.next()]);
}

function full(land: Landscape, x: number, y: number, order: 0 | 1 | 2): { v: number; out: Float64Array } {
  const out = new Float64Array(5);
  const v = meanLoss(land, x, y, { ex: land.train, order, norm: land.baseNorm, out });
  return { v, out };
}

function expectClose(what: string, fd: number, exact: number, rounding: number): void {
  const tol = 1e-5 * (1 + Math.abs(exact)) + rounding;
  if (!(Math.abs(fd - exact) <= tol)) throw new Error(`${what}: finite difference ${fd} vs exact ${exact} (tol ${tol})`);
}

describe('every family builds with its defaults', () => {

  for (const c of CASES) {
    it(`${c.name}: sizes match the variation`, () => {
      const spec = parse(c.spec);
      const v = resolveVariation(spec);
      const land = buildLandscape(spec);
      expect(land.family).toBe(spec.family);
      expect(land.train.n).toBe(v.n);
      expect(land.test.n).toBe(v.nTest);
      expect(land.train.data.length).toBe(v.n * land.train.width);
      expect(land.test.data.length).toBe(v.nTest * land.test.width);
      expect(land.domain.x[0]).toBeLessThan(land.domain.x[1]);
      expect(land.domain.y[0]).toBeLessThan(land.domain.y[1]);
      // A smaller variation is honoured too.
      const small = buildLandscape(parse({ ...(c.spec as object), variation: { n: 7, nTest: 5 } }));
      expect([small.train.n, small.test.n]).toEqual([7, 5]);
    });

    it(`${c.name}: full-split gradient and Hessian match finite differences of the mean loss`, () => {
      const land = buildLandscape(parse(c.spec));
      const hx = 1e-5 * (land.domain.x[1] - land.domain.x[0]);
      const hy = 1e-5 * (land.domain.y[1] - land.domain.y[0]);
      for (const [x, y] of domainPoints(land, 8)) {
        const at = full(land, x, y, 2);
        expect(Number.isFinite(at.v)).toBe(true);
        expect(full(land, x, y, 0).v).toBe(at.v);
        const fx = (full(land, x + hx, y, 0).v - full(land, x - hx, y, 0).v) / (2 * hx);
        const fy = (full(land, x, y + hy, 0).v - full(land, x, y - hy, 0).v) / (2 * hy);
        expectClose(`${c.name} ∂L/∂w1 at (${x}, ${y})`, fx, at.out[0], (1e-13 * Math.abs(at.v)) / hx);
        expectClose(`${c.name} ∂L/∂w2 at (${x}, ${y})`, fy, at.out[1], (1e-13 * Math.abs(at.v)) / hy);
        const gxp = full(land, x + hx, y, 1).out;
        const gxm = full(land, x - hx, y, 1).out;
        const gyp = full(land, x, y + hy, 1).out;
        const gym = full(land, x, y - hy, 1).out;
        const rx = (1e-13 * (Math.abs(at.out[0]) + Math.abs(at.out[1]))) / hx;
        const ry = (1e-13 * (Math.abs(at.out[0]) + Math.abs(at.out[1]))) / hy;
        expectClose(`${c.name} ∂²L/∂w1² at (${x}, ${y})`, (gxp[0] - gxm[0]) / (2 * hx), at.out[2], rx);
        expectClose(`${c.name} ∂²L/∂w1∂w2 at (${x}, ${y})`, (gxp[1] - gxm[1]) / (2 * hx), at.out[3], rx);
        expectClose(`${c.name} ∂²L/∂w2∂w1 at (${x}, ${y})`, (gyp[0] - gym[0]) / (2 * hy), at.out[3], ry);
        expectClose(`${c.name} ∂²L/∂w2² at (${x}, ${y})`, (gyp[1] - gym[1]) / (2 * hy), at.out[4], ry);
      }
    });

    it(`${c.name}: deterministic by seed; another seed gives other data`, () => {
      const spec = parse(c.spec);
      const a = buildLandscape(spec);
      const b = buildLandscape(spec);
      expect(b.train.data).toEqual(a.train.data);
      expect(b.test.data).toEqual(a.test.data);
      const other = buildLandscape(parse({ ...(c.spec as object), variation: { seed: resolveVariation(spec).seed + 1 } }));
      expect(other.train.data).not.toEqual(a.train.data);
      expect(other.test.data).not.toEqual(a.test.data);
      // Train and test are different samples (the generalization gap is real).
      expect(a.test.data.subarray(0, a.train.data.length)).not.toEqual(a.train.data);
    });
  }
});

describe('LandscapeSpecSchema refuses invalid specs with a path naming the culprit', () => {
  const pathsOf = (spec: unknown): string[] => {
    const res = LandscapeSpecSchema.safeParse(spec);
    expect(res.success, JSON.stringify(spec)).toBe(false);
    return res.success ? [] : res.error.issues.map((i) => i.path.join('.'));
  };

  for (const id of FAMILY_IDS) {
    const keys = Object.keys((FAMILIES[id].params as unknown as z.ZodObject).shape);
    it(`${id}: wrong-typed params (${keys.join(', ') || 'none'}) and unknown params`, () => {
      for (const key of keys) {
        const paths = pathsOf({ family: id, params: { [key]: null } });
        expect(paths.some((p) => p === `params.${key}` || p.startsWith(`params.${key}.`)), `${id}.${key}: ${paths}`).toBe(true);
      }
      const res = LandscapeSpecSchema.safeParse({ family: id, params: { notAParam: 1 } });
      expect(res.success).toBe(false);
      if (!res.success) {
        const issue = res.error.issues[0];
        expect(issue.path).toEqual(['params']);
        expect(issue.code).toBe('unrecognized_keys');
        expect(JSON.stringify(issue)).toContain('notAParam');
      }
    });
  }

  it('out-of-range values name the parameter', () => {
    expect(pathsOf({ family: 'ravine', params: { kappa: 0.5 } })).toEqual(['params.kappa']);
    expect(pathsOf({ family: 'saddle', params: { c: 0 } })).toEqual(['params.c']);
    expect(pathsOf({ family: 'sparse', params: { rare: 0.9 } })).toEqual(['params.rare']);
    expect(pathsOf({ family: 'sharp-flat', params: { sharpAt: [0, 1000] } })).toEqual(['params.sharpAt.1']);
    expect(pathsOf({ family: 'regression', params: { scaling: 'minmax' } })).toEqual(['params.scaling']);
  });

  it('terrain: a bad expression or domain names expr or domain', () => {
    const res = LandscapeSpecSchema.safeParse({ family: 'terrain', params: { expr: 'x +' } });
    expect(res.success).toBe(false);
    if (!res.success) {
      expect(res.error.issues[0].path).toEqual(['params', 'expr']);
      expect(res.error.issues[0].message).toMatch(/at character \d+/);
    }
    expect(pathsOf({ family: 'terrain', params: { domain: { x: [1, -1], y: [0, 1] } } })[0]).toMatch(/^params\.domain/);
  });

  it('bad family and bad variation', () => {
    expect(pathsOf({ family: 'no-such-family' })).toEqual(['family']);
    expect(pathsOf({ family: 'ravine', variation: { n: 0 } })).toEqual(['variation.n']);
    expect(pathsOf({ family: 'ravine', variation: { nTest: 5000 } })).toEqual(['variation.nTest']);
    expect(pathsOf({ family: 'ravine', variation: { seed: -1 } })).toEqual(['variation.seed']);
    expect(pathsOf({ family: 'ravine', variation: { n: 2.5 } })).toEqual(['variation.n']);
    expect(pathsOf({ family: 'ravine', variation: { spread: [0, -1] } })).toEqual(['variation.spread.1']);
    expect(pathsOf({ family: 'ravine', variation: { size: 3 } })).toEqual(['variation']);
    expect(pathsOf({ family: 'ravine', extra: 1 })).toEqual(['']);
  });
});

describe('family specifics', () => {
  it('regression with BatchNorm: BatchNorm support and the normalized domain', () => {
    const raw = buildLandscape(parse({ family: 'regression' }));
    expect(raw.batchNorm).toBeNull();
    expect(raw.domain.y[1]).toBeLessThan(1e-3); // raw weights on salary are tiny
    const bn = buildLandscape(parse({ family: 'regression' }), { batchNorm: true });
    expect(bn.batchNorm).not.toBeNull();
    expect(bn.batchNorm?.eps).toBe(BN_EPS);
    expect(bn.domain).toEqual({ x: [-1, 3], y: [-1, 3] });
    // Batch statistics over the whole training set equal the population normalization.
    const stats = new Float64Array(5);
    bn.batchNorm?.batchStats(bn.train, null, 0, stats);
    expect(Array.from(stats.subarray(0, 4))).toEqual(Array.from(bn.baseNorm?.subarray(0, 4) ?? []));
    // Same data as without BatchNorm: only the model changes.
    expect(bn.train.data).toEqual(raw.train.data);
    // Families without BatchNorm ignore the option.
    expect(buildLandscape(parse({ family: 'ravine' }), { batchNorm: true }).batchNorm).toBeNull();
  });

  it('standardized regression: z-scored features have mean 0 and variance 1 on the train split', () => {
    const land = buildLandscape(parse({ family: 'regression', params: { scaling: 'standardized' } }));
    const nrm = land.baseNorm as Float64Array;
    for (const c of [0, 1]) {
      let m = 0;
      let v = 0;
      for (let r = 0; r < land.train.n; r++) m += (land.train.data[3 * r + c] - nrm[c]) * nrm[2 + c];
      m /= land.train.n;
      for (let r = 0; r < land.train.n; r++) v += ((land.train.data[3 * r + c] - nrm[c]) * nrm[2 + c] - m) ** 2;
      expect(Math.abs(m)).toBeLessThan(1e-12);
      expect(v / land.train.n).toBeCloseTo(1, 10);
    }
  });

  it('standardized regression on one example (zero variance) stays finite', () => {
    const land = buildLandscape(parse({ family: 'regression', params: { scaling: 'standardized' }, variation: { n: 1 } }));
    const at = full(land, 0.5, -0.5, 2);
    expect([at.v, ...at.out].every(Number.isFinite)).toBe(true);
  });

  it('antithetic saddle: train shifts cancel exactly in ± pairs, so the mean keeps the stable line', () => {
    const land = buildLandscape(parse({ family: 'saddle' }));
    const d = land.train.data;
    expect(land.train.n % 2).toBe(0);
    let sx = 0;
    let sy = 0;
    for (let r = 0; r < land.train.n; r += 2) {
      expect(d[2 * r] + d[2 * r + 2]).toBe(0);
      expect(d[2 * r + 1] + d[2 * r + 3]).toBe(0);
      expect(d[2 * r]).not.toBe(0);
      sx += d[2 * r] + d[2 * r + 2];
      sy += d[2 * r + 1] + d[2 * r + 3];
    }
    expect([sx, sy]).toEqual([0, 0]);
    // The full gradient across the stable line is exactly 0 there.
    for (const x of [-1.3, 0.2, 2]) expect(full(land, x, 0, 1).out[1]).toBe(0);
    // Test shifts are independent draws, not pairs; without the option the train shifts are not paired.
    expect(land.test.data[0] + land.test.data[2]).not.toBe(0);
    const plain = buildLandscape(parse({ family: 'saddle', variation: { antithetic: false } }));
    expect(plain.train.data[0] + plain.train.data[2]).not.toBe(0);
    // Odd N: the unpaired last example is unshifted, so the stable line still holds exactly.
    const odd = buildLandscape(parse({ family: 'saddle', variation: { n: 7 } }));
    expect([odd.train.data[12], odd.train.data[13]]).toEqual([0, 0]);
    for (const x of [-1.3, 0.2, 2]) expect(full(odd, x, 0, 1).out[1] + 0).toBe(0);
  });

  for (const rare of [0.02, 0.05, 0.2]) {
    it(`sparse: the rare feature is non-zero in about ${rare} of the rows`, () => {
      const land = buildLandscape(parse({ family: 'sparse', params: { rare }, variation: { n: 4096, nTest: 4096 } }));
      for (const ex of [land.train, land.test]) {
        let on = 0;
        for (let r = 0; r < ex.n; r++) {
          const f = ex.data[3 * r + 1];
          expect(f === 0 || f === 1).toBe(true);
          on += f;
        }
        const sd = Math.sqrt(ex.n * rare * (1 - rare));
        expect(Math.abs(on - ex.n * rare)).toBeLessThan(4 * sd);
      }
    });
  }

  it('cats-dogs: ordered training data holds all cats first, then all dogs', () => {
    const land = buildLandscape(parse({ family: 'cats-dogs' }));
    const labels = Array.from({ length: land.train.n }, (_, r) => land.train.data[3 * r + 2]);
    const half = land.train.n / 2;
    expect(labels.slice(0, half).every((l) => l === 1)).toBe(true);
    expect(labels.slice(half).every((l) => l === 0)).toBe(true);
  });

  it('every family id in FAMILY_IDS is registered under its own id', () => {
    for (const id of FAMILY_IDS) expect(FAMILIES[id as FamilyId].id).toBe(id);
  });
});
