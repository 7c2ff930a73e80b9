import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { compileTerrain, parseTerrain, TerrainError, type TerrainAst } from '@/engine';
import { B, allNodes, anyAst, smoothAst } from '@/engine/terrain/testkit';
import { compileTerrainTf, terrainTf } from './terrain-tf';
import { initBackend } from './backend';

/**
 * The TF.js compilation of the terrain language against the engine's float64 tape.
 *
 * Float32 tolerance: a float32 evaluation is off by about ε32 (6e-8) times the size of the
 * numbers it passes through, amplified a little by each operation, so the error is judged
 * against |f| + S, where S is the largest absolute value of any node of the tree at that point
 * (variables and literals included): |tf − engine| ≤ RTOL·(|f| + S) + TINY, TINY covering
 * values below float32's normal range (which flush towards 0).
 */
const RTOL = 2e-4;
const TINY = 1e-30;
const out = new Float64Array(5);

/** Largest |value| over every node of the tree at (x, y) (float64, the engine's own evaluator). */
function nodeScale(node: TerrainAst, x: number, y: number): number {
  const here = Math.abs(compileTerrain(node).eval(x, y, out, 0));
  const kids = node.kind === 'neg' ? [node.arg] : node.kind === 'bin' ? [node.left, node.right] : node.kind === 'call' ? node.args : [];
  return kids.reduce((m, k) => Math.max(m, nodeScale(k, x, y)), here);
}

/** Evaluates ast with TF.js at the points and with the engine at the same (float32) points. */
function both(ast: TerrainAst, xs: number[], ys: number[]): { got: Float32Array; want: Float64Array; x: Float32Array; y: Float32Array } {
  const x = Float32Array.from(xs);
  const y = Float32Array.from(ys);
  const f = compileTerrainTf(ast);
  const got = tf.tidy(() => f(tf.tensor1d(x), tf.tensor1d(y)).dataSync() as Float32Array).slice();
  const field = compileTerrain(ast);
  const want = Float64Array.from(x, (xi, k) => field.eval(xi, y[k], out, 0));
  return { got, want, x, y };
}

function expectClose(ast: TerrainAst, xs: number[], ys: number[], label = ''): number {
  const { got, want, x, y } = both(ast, xs, ys);
  let compared = 0;
  for (let k = 0; k < got.length; k++) {
    if (!Number.isFinite(got[k]) || !Number.isFinite(want[k])) continue;
    const tol = RTOL * (Math.abs(want[k]) + nodeScale(ast, x[k], y[k])) + TINY;
    if (!(Math.abs(got[k] - want[k]) <= tol)) {
      throw new Error(`${label} at (${x[k]}, ${y[k]}): tf ${got[k]} vs engine ${want[k]} (tol ${tol})`);
    }
    compared++;
  }
  return compared;
}

const grid = (k: number, r: number) => {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let j = 0; j < k; j++) for (let i = 0; i < k; i++) {
    xs.push(-r + (2 * r * i) / (k - 1));
    ys.push(-r + (2 * r * j) / (k - 1) + 0.013);
  }
  return { xs, ys };
};

beforeAll(async () => {
  expect(await initBackend(['cpu'])).toBe('cpu');
});

describe('terrain language → TF.js', () => {
  const { xs, ys } = grid(9, 2.5);

  it.each([
    'x', 'y', '3', '-x', '+y', 'x + y', 'x - y', 'x*y', 'x/(1 + y^2)', 'pi*x + e*y', '2^3^x', 'x^2', 'x^3', 'x^-1',
    'x^-2.5', 'x^0.5', 'x^0', 'x^1', 'y^7', '(-2)^x', '0^(x^2)', '2^x', 'e^y', '(1 + x^2)^y', 'x^y', 'exp(x)', 'log(x)',
    'sqrt(x)', 'abs(x)', 'sin(3*x)', 'cos(x*y)', 'tanh(2*x)', 'sigmoid(5*x)', 'softplus(40*x)', 'softplus(-40*x)',
    'sq(x - 1)', 'min(x, y)', 'max(x, y^2)', 'min(x, 1)', 'max(2, y)', 'bump(1, -1, 0.5)', 'bump(x, 0, 1)',
    'bump(0.5, y^2, 1 + x^2)', '3*bump(1, -1, 0.5) - 2*bump(0, 0, 1) + sq(x)/10', 'x^2 - y^2 + y^4/4', 'sin(pi/2) * x',
    '1/(x - x)', 'log(-1 - x^2)', 'exp(100*x)',
  ])('%s', (src) => {
    expectClose(parseTerrain(src), xs, ys, src);
  });

  it('gives NaN where the engine does (domain errors) and ±∞ on overflow', () => {
    const { got } = both(parseTerrain('sqrt(x) + log(y)'), [-1, 1, 1, 4], [1, -1, 0, 1]);
    expect(Number.isNaN(got[0]) && Number.isNaN(got[1])).toBe(true);
    expect(got[2]).toBe(-Infinity);
    expect(got[3]).toBeCloseTo(2, 6);
    expect(Array.from(both(parseTerrain('exp(x)'), [200], [0]).got)).toEqual([Infinity]);
  });

  it('broadcasts X and Y of different shapes, constant and one-variable expressions included', () => {
    const X = tf.tensor2d([[0], [1], [2]]);
    const Y = tf.tensor2d([[10, 20]]);
    for (const [src, want] of [
      ['x + y', [[10, 20], [11, 21], [12, 22]]],
      ['x', [[0, 0], [1, 1], [2, 2]]],
      ['2*pi - 2*pi + 7', [[7, 7], [7, 7], [7, 7]]],
    ] as const) {
      const r = terrainTf(src)(X, Y);
      expect(r.shape, src).toEqual([3, 2]);
      expect(r.arraySync(), src).toEqual(want);
      r.dispose();
    }
    // X and Y are the caller's: never disposed, never returned as the result.
    const r = terrainTf('x')(X, tf.zerosLike(X));
    expect(r).not.toBe(X);
    r.dispose();
    expect(X.isDisposed || Y.isDisposed).toBe(false);
    X.dispose();
    Y.dispose();
  });

  it('leaves no tensor behind', () => {
    const X = tf.randomUniform([64, 1], -2, 2);
    const Y = tf.randomUniform([1, 8], -2, 2);
    const before = tf.memory().numTensors;
    const f = terrainTf('3*bump(1, -1, 0.5) - bump(x, y^2, 1 + x^2) + x^7 + x^-3 + 2^y + (1 + x^2)^y + min(x, y) + softplus(x)');
    for (let k = 0; k < 3; k++) f(X, Y).dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([X, Y]);
  });

  it('refuses a malformed hand-built tree as the engine does', () => {
    const bad = { kind: 'call', fn: 'min', args: [B.x], pos: 0, end: 0 } as unknown as TerrainAst;
    expect(() => compileTerrainTf(bad)).toThrow(TerrainError);
    expect(() => terrainTf('x +')).toThrow(TerrainError);
  });

  it('agrees with the engine on random smooth expressions (fast-check)', () => {
    let compared = 0;
    fc.assert(
      fc.property(smoothAst, fc.array(fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 8, maxLength: 8 }), (ast, pts) => {
        compared += expectClose(ast, pts.map((p) => p[0]), pts.map((p) => p[1]));
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(300 * 8 * 0.8);
  });

  it('agrees with the engine on random expressions of every shape where both are finite (fast-check)', () => {
    fc.assert(
      fc.property(anyAst, (ast) => {
        // Literals float32 cannot hold (subnormal or beyond 3.4e38) change value, not just
        // precision: 0^(x + 5e-324) is 0 in float64 and 0^0 = 1 in float32. Not our subject.
        fc.pre(allNodes(ast).every((n) => n.kind !== 'num' || n.value === 0 || (Math.abs(n.value) >= 2 ** -126 && Math.abs(n.value) <= 3.4e38)));
        expectClose(ast, xs.slice(0, 20), ys.slice(0, 20));
      }),
      { numRuns: 300 },
    );
  });
});
