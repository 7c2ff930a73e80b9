/**
 * Test-only helpers for the terrain tests (not imported by the engine): AST builders, a direct
 * reference interpreter, fast-check arbitraries of ASTs and a finite-difference derivative check.
 */
import fc from 'fast-check';
import type { Field2 } from '../landscape/field';
import {
  TERRAIN_CONSTANTS, TERRAIN_FUNCTIONS, type TerrainAst, type TerrainBinOp, type TerrainFn,
} from './ast';

/** AST builders with dummy spans. */
export const B = {
  num: (value: number): TerrainAst => ({ kind: 'num', value, pos: 0, end: 0 }),
  konst: (name: 'pi' | 'e'): TerrainAst => ({ kind: 'num', value: TERRAIN_CONSTANTS[name], name, pos: 0, end: 0 }),
  x: { kind: 'var', name: 'x', pos: 0, end: 0 } as TerrainAst,
  y: { kind: 'var', name: 'y', pos: 0, end: 0 } as TerrainAst,
  neg: (arg: TerrainAst): TerrainAst => ({ kind: 'neg', arg, pos: 0, end: 0 }),
  bin: (op: TerrainBinOp, left: TerrainAst, right: TerrainAst): TerrainAst => ({ kind: 'bin', op, left, right, pos: 0, end: 0 }),
  call: (fn: TerrainFn, ...args: TerrainAst[]): TerrainAst => ({ kind: 'call', fn, args, pos: 0, end: 0 }),
};

/** The AST without spans (for structural comparison). */
export function strip(node: TerrainAst): unknown {
  switch (node.kind) {
    case 'num':
      return node.name ? { num: node.value, name: node.name } : { num: node.value };
    case 'var':
      return { var: node.name };
    case 'neg':
      return { neg: strip(node.arg) };
    case 'bin':
      return { op: node.op, l: strip(node.left), r: strip(node.right) };
    case 'call':
      return { fn: node.fn, args: node.args.map(strip) };
  }
}

/** Every node of a tree, pre-order. */
export function allNodes(node: TerrainAst, acc: TerrainAst[] = []): TerrainAst[] {
  acc.push(node);
  if (node.kind === 'neg') allNodes(node.arg, acc);
  else if (node.kind === 'bin') { allNodes(node.left, acc); allNodes(node.right, acc); }
  else if (node.kind === 'call') for (const a of node.args) allNodes(a, acc);
  return acc;
}

const BIN: Record<TerrainBinOp, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b),
};

// Textbook formulas, deliberately not the tape's (stable sigmoid, closed-form bump...).
const FN: Record<TerrainFn, (v: number[], x: number, y: number) => number> = {
  exp: (v) => Math.exp(v[0]),
  log: (v) => Math.log(v[0]),
  sqrt: (v) => Math.sqrt(v[0]),
  abs: (v) => Math.abs(v[0]),
  sin: (v) => Math.sin(v[0]),
  cos: (v) => Math.cos(v[0]),
  tanh: (v) => Math.tanh(v[0]),
  sigmoid: (v) => 1 / (1 + Math.exp(-v[0])),
  softplus: (v) => Math.log(1 + Math.exp(v[0])),
  sq: (v) => v[0] * v[0],
  min: (v) => Math.min(v[0], v[1]),
  max: (v) => Math.max(v[0], v[1]),
  bump: (v, x, y) => Math.exp(-((x - v[0]) ** 2 + (y - v[1]) ** 2) / (2 * v[2] ** 2)),
};

/** Straightforward recursive value of an AST (independent of the tape). */
export function refEval(node: TerrainAst, x: number, y: number): number {
  switch (node.kind) {
    case 'num': return node.value;
    case 'var': return node.name === 'x' ? x : y;
    case 'neg': return -refEval(node.arg, x, y);
    case 'bin': return BIN[node.op](refEval(node.left, x, y), refEval(node.right, x, y));
    case 'call': return FN[node.fn](node.args.map((a) => refEval(a, x, y)), x, y);
  }
}

const smallNum = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 2, 3, 0.25, 1.5, 10),
  fc.double({ min: 0, max: 4, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
).map(B.num);

const leaf = fc.oneof(fc.constant(B.x), fc.constant(B.y), smallNum, fc.constantFrom(B.konst('pi'), B.konst('e')));

/** Positive and bounded away from 0 whatever `a` is: 1 + a². */
const pos1 = (a: TerrainAst) => B.bin('+', B.num(1), B.call('sq', a));

/**
 * Random ASTs that are smooth and defined everywhere (or nearly: exp may overflow, which the
 * derivative check skips). Every operator and function appears, wrapped where needed to keep
 * away from kinks and domain edges.
 */
export const smoothAst: fc.Arbitrary<TerrainAst> = fc.letrec<{ t: TerrainAst }>((tie) => {
  const t = tie('t');
  const un = (f: (a: TerrainAst) => TerrainAst) => t.map(f);
  const bi = (f: (a: TerrainAst, b: TerrainAst) => TerrainAst) => fc.tuple(t, t).map(([a, b]) => f(a, b));
  return {
    t: fc.oneof(
      { depthSize: 'small', maxDepth: 5 },
      { arbitrary: leaf, weight: 6 },
      un(B.neg),
      bi((a, b) => B.bin('+', a, b)),
      bi((a, b) => B.bin('-', a, b)),
      bi((a, b) => B.bin('*', a, b)),
      bi((a, b) => B.bin('/', a, pos1(b))),
      fc.tuple(t, fc.constantFrom(2, 3, 4)).map(([a, p]) => B.bin('^', a, B.num(p))),
      fc.tuple(t, fc.constantFrom(0.5, -1, -1.5, 2.5)).map(([a, p]) => B.bin('^', pos1(a), B.num(p))),
      fc.tuple(fc.constantFrom(B.num(2), B.num(0.5), B.konst('e')), t).map(([c, a]) => B.bin('^', c, a)),
      bi((a, b) => B.bin('^', pos1(a), B.call('tanh', b))),
      un((a) => B.call('exp', a)),
      un((a) => B.call('log', pos1(a))),
      un((a) => B.call('sqrt', pos1(a))),
      un((a) => B.call('abs', pos1(a))),
      ...(['sin', 'cos', 'tanh', 'sigmoid', 'softplus', 'sq'] as const).map((fn) => un((a) => B.call(fn, a))),
      bi((a, b) => B.call('min', a, B.bin('+', a, pos1(b)))),
      bi((a, b) => B.call('max', B.bin('-', a, pos1(b)), a)),
      fc.tuple(t, t, t).map(([a, b, s]) => B.call('bump', a, b, B.bin('+', B.num(0.5), B.call('sq', s)))),
      fc.tuple(smallNum, smallNum, fc.constantFrom(0.5, 1, 2)).map(([a, b, s]) => B.call('bump', a, b, B.num(s))),
    ),
  };
}).t;

/** Random ASTs of every shape the parser can produce (for printing and re-parsing). */
export const anyAst: fc.Arbitrary<TerrainAst> = fc.letrec<{ t: TerrainAst }>((tie) => {
  const t = tie('t');
  const fns = Object.keys(TERRAIN_FUNCTIONS) as TerrainFn[];
  return {
    t: fc.oneof(
      { depthSize: 'small', maxDepth: 6 },
      { arbitrary: leaf, weight: 4 },
      fc.double({ min: 0, max: 1e30, noNaN: true }).map((v) => B.num(Object.is(v, -0) ? 0 : v)),
      t.map(B.neg),
      fc.tuple(fc.constantFrom<TerrainBinOp>('+', '-', '*', '/', '^'), t, t).map(([op, a, b]) => B.bin(op, a, b)),
      fc.constantFrom(...fns).chain((fn) =>
        fc.array(t, { minLength: TERRAIN_FUNCTIONS[fn].arity, maxLength: TERRAIN_FUNCTIONS[fn].arity })
          .map((args) => B.call(fn, ...args))),
    ),
  };
}).t;

/** Outcome of comparing exact derivatives with finite differences at one point. */
export type DerivCheck = { status: 'ok' } | { status: 'skipped' } | { status: 'bad'; detail: string };

const scratch = new Float64Array(5);

/**
 * Compares f's gradient with Richardson-extrapolated central differences of its value, and its
 * Hessian with the same differences of its (exact) gradient. The tolerance is relative
 * (rtol·|exact| plus rtol/100 of the largest magnitude around) plus the finite differences' own
 * error estimate (how much the extrapolation moves when the step halves), so fast oscillation
 * does not fail the check while a wrong formula does; the step shrinks as derivatives grow. Skips points where anything is non-finite
 * or huge (beyond 1e8), where finite differences say nothing useful.
 */
export function checkDerivatives(f: Field2, x: number, y: number, rtol = 1e-6): DerivCheck {
  const out = new Float64Array(5);
  const v = f.eval(x, y, out, 2);
  const exact = Array.from(out);
  const scale = Math.max(1, Math.abs(v), ...exact.map(Math.abs));
  if (!Number.isFinite(v) || !exact.every(Number.isFinite) || scale > 1e8) return { status: 'skipped' };
  // Richardson-extrapolated central difference of `probe` along x or y, with step h.
  const fd = (probe: (px: number, py: number) => number, alongX: boolean, h: number): number => {
    const d = (s: number) => {
      const a = probe(alongX ? x + s : x, alongX ? y : y + s);
      const b = probe(alongX ? x - s : x, alongX ? y : y - s);
      return (a - b) / (2 * s);
    };
    return (4 * d(h / 2) - d(h)) / 3;
  };
  const val = (px: number, py: number) => f.eval(px, py, scratch, 0);
  const grad = (k: number) => (px: number, py: number) => {
    f.eval(px, py, scratch, 1);
    return scratch[k];
  };
  const estimate = (h: number) => [
    fd(val, true, h), fd(val, false, h),
    fd(grad(0), true, h), 0.5 * (fd(grad(0), false, h) + fd(grad(1), true, h)), fd(grad(1), false, h),
  ];
  // Shrink the step for steep or fast-oscillating functions (large derivatives set the scale).
  const h = 1e-3 / Math.sqrt(scale);
  const best = estimate(h);
  const coarse = estimate(2 * h);
  if (!best.every(Number.isFinite) || !coarse.every(Number.isFinite)) return { status: 'skipped' };
  for (let i = 0; i < 5; i++) {
    const err = Math.abs(best[i] - exact[i]);
    if (err > rtol * (Math.abs(exact[i]) + 1e-2 * scale) + Math.abs(best[i] - coarse[i])) {
      return { status: 'bad', detail: `component ${i} at (${x}, ${y}): exact ${exact[i]} vs fd ${best[i]} (v=${v})` };
    }
  }
  return { status: 'ok' };
}
