/**
 * The terrain language compiled to TF.js ops: the GPU twin of the engine's float64 tape
 * (engine/terrain/compile.ts). One AST, two evaluators; terrain-tf.test.ts checks that they agree
 * within float32 tolerance on random expressions.
 *
 * `compileTerrainTf(ast)` returns f(X, Y): elementwise over tensors X and Y of any broadcastable
 * shapes, float32, result of the broadcast shape. It mirrors the engine's compiler choices:
 *   - every sub-expression without x or y is folded to ONE number, computed by the engine itself
 *     in float64 (so constants such as 2*pi/3 or 1/(2*0.3^2) carry no float32 error of their own);
 *   - a^0 is 1 (even for NaN a), a^1 is a, a^2 is a·a; other small integer powers are products
 *     (exact sign for negative a, as Math.pow), negative ones their reciprocal; any other constant
 *     power is tf.pow (NaN for a negative base, as Math.pow);
 *   - c^a with constant c > 0 is exp(a·ln c), other c use tf.pow;
 *   - bump(cx, cy, s) = exp(−((x − cx)² + (y − cy)²) / (2s²)), on the variables x and y.
 * Intermediate tensors are disposed as soon as their consumer has run, so a deep expression over
 * a large chunk never holds more than a few chunk-sized tensors at once; scalars that TF.js makes
 * from numbers are cleaned up by a tf.tidy around the whole evaluation.
 *
 * Known float32 differences from the engine (besides rounding): under/overflow happens earlier
 * (exp(89) is Infinity), and backends differ at a few singular points (WebGL's division returns
 * 1 for 0/0 and ∞/∞). Callers treat non-finite values as holes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { compileTerrain, parseTerrain, type TerrainAst } from '@/engine';

/** A compiled terrain: f(X, Y) elementwise; the caller owns (and disposes) the result, never X or Y. */
export type TerrainTf = (x: tf.Tensor, y: tf.Tensor) => tf.Tensor;

/** A value during evaluation: a tensor, or a number folded at compile time. */
type Val = tf.Tensor | number;
/** A compiled node: evaluates itself given X and Y. */
type Emit = (x: tf.Tensor, y: tf.Tensor) => Val;

/** Smallest positive normal float32, 2^−126. */
const FLOAT32_MIN_NORMAL = 2 ** -126;

/** Integer powers up to this size become products (square-and-multiply). */
const MAX_PRODUCT_POWER = 64;

const UNARY: Record<string, (a: tf.Tensor) => tf.Tensor> = {
  exp: tf.exp,
  log: tf.log,
  sqrt: tf.sqrt,
  abs: tf.abs,
  sin: tf.sin,
  cos: tf.cos,
  tanh: tf.tanh,
  sigmoid: tf.sigmoid,
  softplus: tf.softplus,
  sq: tf.square,
};

// Disposes an intermediate result once its consumer has run (never the inputs X and Y).
function free(v: Val, x: tf.Tensor, y: tf.Tensor): void {
  if (typeof v !== 'number' && v !== x && v !== y) v.dispose();
}

// Applies `op` to evaluated children and frees them.
function apply1(a: Emit, op: (v: tf.Tensor) => tf.Tensor): Emit {
  return (x, y) => {
    const v = a(x, y) as tf.Tensor;
    const r = op(v);
    free(v, x, y);
    return r;
  };
}

function apply2(a: Emit, b: Emit, op: (u: Val, v: Val) => tf.Tensor): Emit {
  return (x, y) => {
    const u = a(x, y);
    const v = b(x, y);
    const r = op(u, v);
    free(u, x, y);
    free(v, x, y);
    return r;
  };
}

// a^p for an integer 3 ≤ |p| ≤ MAX_PRODUCT_POWER by square-and-multiply, freeing as it goes.
function integerPower(a: tf.Tensor, p: number): tf.Tensor {
  let k = Math.abs(p);
  let base: tf.Tensor = a;
  let acc: tf.Tensor | null = null;
  const drop = (t: tf.Tensor | null) => {
    if (t && t !== a) t.dispose();
  };
  for (;;) {
    if (k & 1) {
      const next: tf.Tensor = acc ? tf.mul(acc, base) : tf.clone(base);
      drop(acc);
      acc = next;
    }
    k >>>= 1;
    if (k === 0) break;
    const sq = tf.square(base);
    drop(base);
    base = sq;
  }
  drop(base);
  const result = acc as tf.Tensor;
  if (p > 0) return result;
  const inv = tf.reciprocal(result);
  result.dispose();
  return inv;
}

/** True when the subtree reads x or y (bump reads them implicitly). */
function varies(node: TerrainAst): boolean {
  switch (node.kind) {
    case 'num':
      return false;
    case 'var':
      return true;
    case 'neg':
      return varies(node.arg);
    case 'bin':
      return varies(node.left) || varies(node.right);
    case 'call':
      return node.fn === 'bump' || node.args.some(varies);
  }
}

const scratch = new Float64Array(5);

/** The float64 value of a subtree without x or y, computed by the engine's own compiler. */
function foldConstant(node: TerrainAst): number {
  return compileTerrain(node).eval(0, 0, scratch, 0);
}

function lower(node: TerrainAst): Emit {
  if (!varies(node)) {
    const k = foldConstant(node);
    return () => k;
  }
  switch (node.kind) {
    case 'num':
      // Unreachable: numbers never vary.
      return () => node.value;
    case 'var':
      return node.name === 'x' ? (x) => x : (_x, y) => y;
    case 'neg':
      return apply1(lower(node.arg), tf.neg);
    case 'bin':
      return lowerBinary(node.op, node.left, node.right);
    case 'call': {
      if (node.fn === 'bump') return lowerBump(node.args);
      const args = node.args.map(lower);
      if (node.fn === 'min') return apply2(args[0], args[1], (u, v) => tf.minimum(u, v));
      if (node.fn === 'max') return apply2(args[0], args[1], (u, v) => tf.maximum(u, v));
      const op = UNARY[node.fn];
      if (!op) throw new Error(`terrain-tf: no op for function ${node.fn}`);
      // A varying call of one argument has a varying (hence tensor) argument.
      return apply1(args[0], op);
    }
  }
}

function lowerBinary(op: '+' | '-' | '*' | '/' | '^', left: TerrainAst, right: TerrainAst): Emit {
  const a = lower(left);
  switch (op) {
    case '+':
      return apply2(a, lower(right), (u, v) => tf.add(u, v));
    case '-':
      return apply2(a, lower(right), (u, v) => tf.sub(u, v));
    case '*':
      return apply2(a, lower(right), (u, v) => tf.mul(u, v));
    case '/':
      return apply2(a, lower(right), (u, v) => tf.div(u, v));
    case '^': {
      if (!varies(right)) {
        const p = foldConstant(right);
        // As the engine: a^0 is the constant 1, a^1 is a itself, a^2 is a·a.
        if (p === 0) return () => 1;
        if (p === 1) return a;
        if (p === 2) return apply1(a, tf.square);
        if (Number.isInteger(p) && Math.abs(p) <= MAX_PRODUCT_POWER) return apply1(a, (v) => integerPower(v, p));
        // An exponent too small for float32 would become 0 (and 0^p would be 1, not 0): keep it
        // the smallest normal float32 of its sign instead, which gives Math.pow's results.
        const p32 = Math.fround(p) === 0 ? Math.sign(p) * FLOAT32_MIN_NORMAL : p;
        return apply1(a, (v) => tf.pow(v, p32));
      }
      if (!varies(left)) {
        const c = foldConstant(left);
        const b = lower(right);
        if (c > 0) {
          const lnc = Math.log(c);
          return apply1(b, (v) => tf.tidy(() => tf.exp(tf.mul(v, lnc))));
        }
        return apply1(b, (v) => tf.pow(c, v));
      }
      return apply2(a, lower(right), (u, v) => tf.pow(u, v));
    }
  }
}

function lowerBump(args: readonly TerrainAst[]): Emit {
  const [cx, cy, s] = args;
  if (!varies(cx) && !varies(cy) && !varies(s)) {
    const kx = foldConstant(cx);
    const ky = foldConstant(cy);
    const sigma = foldConstant(s);
    // exp(−(d² / 2σ²)) = exp(d² / (−2σ²)); the engine's BUMPK divides by the same 2σ².
    const den = -(2 * (sigma * sigma));
    return (x, y) =>
      tf.tidy(() => tf.exp(tf.div(tf.add(tf.square(tf.sub(x, kx)), tf.square(tf.sub(y, ky))), den)));
  }
  const ex = lower(cx);
  const ey = lower(cy);
  const es = lower(s);
  return (x, y) => {
    const vx = ex(x, y);
    const vy = ey(x, y);
    const vs = es(x, y);
    const r = tf.tidy(() => {
      const d2 = tf.add(tf.square(tf.sub(x, vx)), tf.square(tf.sub(y, vy)));
      const den = typeof vs === 'number' ? 2 * (vs * vs) : tf.mul(2, tf.square(vs));
      return tf.exp(tf.neg(tf.div(d2, den)));
    });
    free(vx, x, y);
    free(vy, x, y);
    free(vs, x, y);
    return r;
  };
}

/**
 * Compiles a parsed terrain to TF.js. Validates the tree with the engine's compiler first, so a
 * malformed hand-built AST throws the same TerrainError it would there.
 */
export function compileTerrainTf(ast: TerrainAst): TerrainTf {
  compileTerrain(ast);
  const emit = lower(ast);
  return (x, y) =>
    tf.tidy(() => {
      const shape = tf.broadcast_util.assertAndGetBroadcastShape(x.shape, y.shape);
      const v = emit(x, y);
      if (typeof v === 'number') return tf.fill(shape, v, 'float32');
      if (v === x || v === y) return tf.broadcastTo(v, shape);
      if (!tf.util.arraysEqual(v.shape, shape)) {
        const b = tf.broadcastTo(v, shape);
        v.dispose();
        return b;
      }
      return v;
    });
}

/** Parses (with the engine's parser and limits) and compiles a terrain source; throws TerrainError. */
export function terrainTf(src: string): TerrainTf {
  return compileTerrainTf(parseTerrain(src));
}
