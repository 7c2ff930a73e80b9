/**
 * The syntax tree of the terrain language, shared by the parser, the printer, the float64
 * compiler and (later) the TF.js compiler. Plain immutable objects, discriminated on `kind`.
 * Every node carries the [pos, end) span of the source text it came from, brackets and unary
 * plus signs included, so `src.slice(node.pos, node.end)` re-parses to the same node.
 */

/** The hard limits on a terrain source; the parser rejects anything beyond them. */
export const TERRAIN_LIMITS = Object.freeze({
  /** Maximum source length in UTF-16 code units (JS string length). */
  maxLength: 500,
  /**
   * Maximum nesting: the AST may be at most this deep (a lone `x` has depth 1, `-x` depth 2,
   * `sin(x + 1)` depth 3) and at most this many brackets may be open at once.
   */
  maxDepth: 32,
  /** Maximum number of AST nodes (numbers, constants, variables, operators and calls). */
  maxNodes: 200,
});

/** Binary operators, loosest first: + - (left-assoc), * / (left-assoc), ^ (right-assoc). */
export type TerrainBinOp = '+' | '-' | '*' | '/' | '^';

/** Names of the built-in functions. */
export type TerrainFn =
  | 'exp' | 'log' | 'sqrt' | 'abs' | 'sin' | 'cos' | 'tanh'
  | 'sigmoid' | 'softplus' | 'sq' | 'min' | 'max' | 'bump';

/** How a built-in function is called and what it computes (for help text and arity checks). */
export interface TerrainFnInfo {
  /** Number of arguments. */
  readonly arity: number;
  /** Call shape shown to the teacher, e.g. `min(a, b)`. */
  readonly signature: string;
  /** One-line meaning. */
  readonly doc: string;
}

/** Every built-in function with its arity and a one-line description. */
export const TERRAIN_FUNCTIONS: Readonly<Record<TerrainFn, TerrainFnInfo>> = Object.freeze({
  exp: { arity: 1, signature: 'exp(a)', doc: 'e to the power a' },
  log: { arity: 1, signature: 'log(a)', doc: 'natural logarithm (NaN for a < 0)' },
  sqrt: { arity: 1, signature: 'sqrt(a)', doc: 'square root (NaN for a < 0)' },
  abs: { arity: 1, signature: 'abs(a)', doc: 'absolute value (slope +1 at a = 0)' },
  sin: { arity: 1, signature: 'sin(a)', doc: 'sine (radians)' },
  cos: { arity: 1, signature: 'cos(a)', doc: 'cosine (radians)' },
  tanh: { arity: 1, signature: 'tanh(a)', doc: 'hyperbolic tangent' },
  sigmoid: { arity: 1, signature: 'sigmoid(a)', doc: '1 / (1 + exp(-a))' },
  softplus: { arity: 1, signature: 'softplus(a)', doc: 'log(1 + exp(a)), a smooth relu' },
  sq: { arity: 1, signature: 'sq(a)', doc: 'a squared, a * a' },
  min: { arity: 2, signature: 'min(a, b)', doc: 'smaller of a and b (a on a tie)' },
  max: { arity: 2, signature: 'max(a, b)', doc: 'larger of a and b (a on a tie)' },
  bump: {
    arity: 3,
    signature: 'bump(cx, cy, s)',
    doc: 'Gaussian bump exp(-((x-cx)^2 + (y-cy)^2) / (2 s^2)): 1 at (cx, cy), width s',
  },
});

/** True when `name` is a built-in function name. */
export function isTerrainFn(name: string): name is TerrainFn {
  return Object.prototype.hasOwnProperty.call(TERRAIN_FUNCTIONS, name);
}

/** Named constants and their values. */
export const TERRAIN_CONSTANTS: Readonly<Record<'pi' | 'e', number>> = Object.freeze({
  pi: Math.PI,
  e: Math.E,
});

/** Source span [pos, end) in UTF-16 code units. */
export interface TerrainSpan {
  readonly pos: number;
  readonly end: number;
}

/** A numeric literal, or the constant `pi` / `e` when `name` is set. */
export interface TerrainNum extends TerrainSpan {
  readonly kind: 'num';
  readonly value: number;
  readonly name?: 'pi' | 'e';
}

/** The variable x or y. */
export interface TerrainVar extends TerrainSpan {
  readonly kind: 'var';
  readonly name: 'x' | 'y';
}

/** Unary minus. (Unary plus leaves no node.) */
export interface TerrainNeg extends TerrainSpan {
  readonly kind: 'neg';
  readonly arg: TerrainAst;
}

/** A binary operation. */
export interface TerrainBin extends TerrainSpan {
  readonly kind: 'bin';
  readonly op: TerrainBinOp;
  readonly left: TerrainAst;
  readonly right: TerrainAst;
}

/** A call of a built-in function; `args.length` equals its arity in any parsed tree. */
export interface TerrainCall extends TerrainSpan {
  readonly kind: 'call';
  readonly fn: TerrainFn;
  readonly args: readonly TerrainAst[];
}

/** Any node of a terrain expression. */
export type TerrainAst = TerrainNum | TerrainVar | TerrainNeg | TerrainBin | TerrainCall;

/** The children of a node, left to right. */
export function childrenOf(node: TerrainAst): readonly TerrainAst[] {
  switch (node.kind) {
    case 'num':
    case 'var':
      return [];
    case 'neg':
      return [node.arg];
    case 'bin':
      return [node.left, node.right];
    case 'call':
      return node.args;
  }
}
