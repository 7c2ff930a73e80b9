import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerrain, formatTerrain, parseTerrain, terrainField, TerrainError, type TerrainAst } from './index';
import { anyAst, B, checkDerivatives, refEval, smoothAst } from './testkit';

const out = new Float64Array(5);

/** value, gradient and Hessian of a source at a point. */
function at(src: string, x: number, y: number): number[] {
  const v = terrainField(src).eval(x, y, out, 2);
  return [v, ...out].map((n) => n + 0); // + 0 turns -0 into 0 for toEqual
}

const GRID: Array<[number, number]> = [];
for (const x of [-1.3, -0.4, 0.35, 1.7]) for (const y of [-0.8, 0.45, 1.2]) GRID.push([x, y]);

describe('exact derivatives of hand-written terrains', () => {
  it('match closed forms', () => {
    const [x, y] = [0.7, -1.1];
    expect(at('x^2 + y^2', x, y)).toEqual([x * x + y * y, 2 * x, 2 * y, 2, 0, 2]);
    expect(at('x*y', x, y)).toEqual([x * y, y, x, 0, 1, 0]);
    const r = at('(1 - x)^2 + 100*(y - x^2)^2', x, y);
    const w = y - x * x;
    const want = [(1 - x) ** 2 + 100 * w * w, -2 * (1 - x) - 400 * x * w, 200 * w, 2 - 400 * w + 800 * x * x, -400 * x, 200];
    for (let i = 0; i < 6; i++) expect(r[i]).toBeCloseTo(want[i], 10);
    const s = at('sin(x)*cos(y)', x, y);
    const sc = [Math.sin(x) * Math.cos(y), Math.cos(x) * Math.cos(y), -Math.sin(x) * Math.sin(y),
      -Math.sin(x) * Math.cos(y), -Math.cos(x) * Math.sin(y), -Math.sin(x) * Math.cos(y)];
    for (let i = 0; i < 6; i++) expect(s[i]).toBeCloseTo(sc[i], 14);
  });

  const smooth = [
    'exp(x*y)', 'log(x^2 + y^2 + 1)', 'sqrt(x^2 + 2*y^2 + 1)', 'abs(x - 3) + abs(y + 2)', 'tanh(x - y)',
    'sigmoid(3*x*y)', 'softplus(x - 2*y)', 'sq(x + y^3)', 'min(x, y + 5)', 'max(x^2 - 9, y)', 'sin(x) + cos(2*y)',
    '(x^2 + 1)^y', '2^(x*y)', 'e^x - pi*y', 'x^3 - 3*x*y^2', '(x^2 + 1)^-1.5', '(x^2 + y^2 + 1)^0.5',
    'x / (1 + y^2)', '(x + 1) / (y - 3)', '1 / (x^2 + 1)', 'bump(1, -1, 0.5) * 3 - 2 * bump(-1, 0.5, 1.2)',
    'bump(y, x / 2, 1 + x^2)', 'bump(0.2 + 0*x, 0.1, 0.7)', '-x^2 - -y', 'x^-2 + 3', 'sigmoid(40*x) + softplus(-30*y)',
    'sq(sin(x*y)) / (2 + cos(x))', 'log(sigmoid(x)) + exp(-sq(y))', '(x*y)^4 - x^3', 'x^y^2 + 0*x',
  ];
  it.each(smooth)('%s: gradient and Hessian match finite differences', (src) => {
    const f = terrainField(src);
    let checked = 0;
    for (const [x, y] of GRID) {
      const xx = src.includes('^y^2') || src.includes('x^-2') ? Math.abs(x) + 0.2 : x;
      const r = checkDerivatives(f, xx, y, 1e-7);
      if (r.status === 'bad') throw new Error(`${src}: ${r.detail}`);
      if (r.status === 'ok') checked++;
    }
    expect(checked).toBe(GRID.length);
  });
});

describe('random smooth terrains', () => {
  it('exact derivatives match finite differences on most samples', () => {
    let checked = 0;
    let runs = 0;
    const coord = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(smoothAst, coord, coord, (ast, x, y) => {
        runs++;
        const r = checkDerivatives(compileTerrain(ast), x, y);
        if (r.status === 'bad') throw new Error(`${formatTerrain(ast)}: ${r.detail}`);
        if (r.status === 'ok') checked++;
      }),
      { numRuns: 2000, seed: 20250101 },
    );
    expect(checked).toBeGreaterThanOrEqual(0.95 * runs);
  });

  it('the random trees are not trivial', () => {
    const sizes = fc.sample(smoothAst, { numRuns: 500, seed: 3 }).map((t) => formatTerrain(t).length);
    expect(sizes.filter((n) => n >= 20).length).toBeGreaterThan(150);
  });

  it('values agree with a direct recursive interpreter, NaN for NaN', () => {
    const coord = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(anyAst, coord, coord, (ast, x, y) => {
        const got = compileTerrain(ast).eval(x, y, out, 0);
        const want = refEval(ast, x, y);
        if (Number.isNaN(want) || Number.isNaN(got)) return;
        if (!Number.isFinite(want)) return;
        expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 1500, seed: 99 },
    );
  });

  it('order 0, 1 and 2 agree and leave the unused outputs alone', () => {
    fc.assert(
      fc.property(smoothAst, fc.double({ min: -2, max: 2, noNaN: true }), (ast, x) => {
        const f = compileTerrain(ast);
        const full = new Float64Array(5);
        const v2 = f.eval(x, 0.3, full, 2);
        const part = new Float64Array(5).fill(7);
        expect(Object.is(f.eval(x, 0.3, part, 1), v2)).toBe(true);
        expect([part[0], part[1]]).toEqual([full[0], full[1]]);
        expect([part[2], part[3], part[4]]).toEqual([7, 7, 7]);
        const none = new Float64Array(5).fill(7);
        expect(Object.is(f.eval(x, 0.3, none, 0), v2)).toBe(true);
        expect(Array.from(none)).toEqual([7, 7, 7, 7, 7]);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('non-smooth points and domain errors', () => {
  it('abs takes slope +1 at 0 (as for a slightly positive argument)', () => {
    expect(at('abs(x)', 0, 2)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(at('abs(x)', -0, 2)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(at('abs(y - 1)', 5, 1)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(at('abs(x)', -2, 0)).toEqual([2, -1, 0, 0, 0, 0]);
  });

  it('min and max follow their first argument on a tie and poison on NaN', () => {
    expect(at('min(x, y)', 0.5, 0.5)).toEqual([0.5, 1, 0, 0, 0, 0]);
    expect(at('min(y, x)', 0.5, 0.5)).toEqual([0.5, 0, 1, 0, 0, 0]);
    expect(at('max(x^2, y)', 1, 1)).toEqual([1, 2, 0, 2, 0, 0]);
    expect(at('max(y, x^2)', 1, 1)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(at('min(x, y)', 3, 1)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(at('max(x, y)', 3, 1)).toEqual([3, 1, 0, 0, 0, 0]);
    for (const src of ['min(log(x), y)', 'min(y, log(x))', 'max(log(x), y)', 'max(y, log(x))']) {
      expect(at(src, -1, 0).every(Number.isNaN)).toBe(true);
    }
  });

  it('domain errors give NaN or Infinity and never throw', () => {
    expect(at('log(x)', -1, 0)[0]).toBeNaN();
    expect(at('log(x)', 0, 0)[0]).toBe(-Infinity);
    expect(at('sqrt(x)', -1, 0)[0]).toBeNaN();
    expect(at('sqrt(x)', 0, 0)[1]).toBe(Infinity);
    expect(at('1/x', 0, 0)[0]).toBe(Infinity);
    expect(at('x/y', 0, 0)[0]).toBeNaN();
    expect(at('x^0.5', -4, 0)[0]).toBeNaN();
    expect(at('x^y', -2, 2)[0]).toBe(4); // the value is defined; ∂/∂y is not
    expect(at('x^y', -2, 2)[2]).toBeNaN();
    expect(at('exp(x)', 1000, 0)[0]).toBe(Infinity);
    expect(at('bump(0, 0, 0)', 1, 0)[0]).toBe(0);
    expect(at('x + y', NaN, 0)[0]).toBeNaN();
  });

  it('large arguments of sigmoid and softplus stay finite and accurate', () => {
    expect(at('sigmoid(x)', 800, 0)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(at('sigmoid(x)', -800, 0)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(at('softplus(x)', 800, 0)).toEqual([800, 1, 0, 0, 0, 0]);
    expect(at('softplus(x)', -800, 0)).toEqual([0, 0, 0, 0, 0, 0]);
    const [v, g] = at('sigmoid(x)', 40, 0);
    expect(v).toBe(1);
    expect(g / Math.exp(-40)).toBeCloseTo(1, 12); // not lost to 1 - s cancellation
    expect(at('softplus(x)', -40, 0)[0] / Math.exp(-40)).toBeCloseTo(1, 12);
  });
});

describe('compilation', () => {
  const tape = (src: string) => (terrainField(src) as unknown as { tapeLength: number }).tapeLength;

  it('folds constant sub-expressions and uses constant-operand forms', () => {
    expect(tape('2*3 + x')).toBe(1);
    expect(tape('pi * e + sqrt(2) / log(10)')).toBe(0);
    expect(at('pi * e', 1, 2)).toEqual([Math.PI * Math.E, 0, 0, 0, 0, 0]);
    expect(at('sqrt(0) + 0*x', 1, 2)).toEqual([0, 0, 0, 0, 0, 0]); // folded sqrt'(0) = ∞ is not used
    expect(tape('x^1')).toBe(0);
    expect(at('x^0', NaN, 2)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(tape('bump(1, -1, 0.5)')).toBe(1);
    expect(tape('x')).toBe(0);
    expect(at('y', 1, 2)).toEqual([2, 0, 1, 0, 0, 0]);
  });

  it('closed-form bump equals the general expansion', () => {
    const fast = terrainField('bump(1, -0.5, 0.7)');
    const slow = terrainField('bump(1 + 0*x, -0.5, 0.7)');
    const a = new Float64Array(5);
    const b = new Float64Array(5);
    for (const [x, y] of GRID) {
      expect(fast.eval(x, y, a, 2)).toBe(slow.eval(x, y, b, 2));
      for (let i = 0; i < 5; i++) expect(a[i]).toBeCloseTo(b[i], 13);
    }
    expect(fast.eval(1, -0.5, a, 2)).toBe(1);
  });

  it('compiled fields keep separate registers', () => {
    const f = terrainField('x^2');
    const g = terrainField('y^3');
    expect(f.eval(3, 0, out, 0)).toBe(9);
    expect(g.eval(0, 2, out, 0)).toBe(8);
    expect(f.eval(3, 0, out, 2)).toBe(9);
  });

  it('rejects hand-built trees the parser could not produce, with TerrainError', () => {
    let deep: TerrainAst = B.x;
    for (let i = 0; i < 10_000; i++) deep = B.neg(deep);
    const bad: Array<[TerrainAst, string]> = [
      [deep, 'too-deep'],
      [B.call('min', B.x), 'wrong-arity'],
      [{ kind: 'call', fn: 'foo', args: [B.x], pos: 0, end: 6 } as unknown as TerrainAst, 'unknown-identifier'],
      [{ kind: 'var', name: 'z', pos: 0, end: 1 } as unknown as TerrainAst, 'unknown-identifier'],
      [B.bin('%' as '+', B.x, B.y), 'unexpected-token'],
    ];
    // A balanced sum of n terms i*sin(y): 5n - 1 nodes, shallow.
    const sum = (n: number): TerrainAst => {
      let terms = Array.from({ length: n }, (_, i) => B.bin('*', B.num(i), B.call('sin', B.y)));
      while (terms.length > 1) {
        const next: TerrainAst[] = [];
        for (let i = 0; i < terms.length; i += 2) next.push(i + 1 < terms.length ? B.bin('+', terms[i], terms[i + 1]) : terms[i]);
        terms = next;
      }
      return terms[0];
    };
    expect(() => compileTerrain(sum(40))).not.toThrow(); // 199 nodes
    bad.push([sum(41), 'too-many-nodes']); // 204 nodes
    for (const [ast, code] of bad) {
      try {
        compileTerrain(ast);
        expect.unreachable(code);
      } catch (e) {
        expect(e).toBeInstanceOf(TerrainError);
        expect((e as TerrainError).code).toBe(code);
      }
    }
  });

  it('every example in the language reference compiles', () => {
    for (const src of ['x^2 + y^2', '3 * bump(1, -1, 0.5)', '-2 * bump(0, 0, 1)', '2^3^2', 'x^-1', '.5 * x + 1e-3', '2.5E+2']) {
      expect(() => parseTerrain(src)).not.toThrow();
    }
    expect(at('2^3^2', 0, 0)[0]).toBe(512);
    expect(at('-x^2', 3, 0)[0]).toBe(-9);
  });
});
