/**
 * The terrain language's reference, in one place, for the editor's reference panel (and any
 * other help text). Everything here is read from the tables the parser itself uses
 * (TERRAIN_FUNCTIONS, TERRAIN_CONSTANTS, TERRAIN_LIMITS), so the reference cannot drift from
 * what the parser accepts; reference.test.ts probes the parser to prove it (every function,
 * variable, constant, operator and limit it accepts is listed here, and nothing else).
 * Pure data: no React, no DOM.
 */
import { TERRAIN_CONSTANTS, TERRAIN_FUNCTIONS, TERRAIN_LIMITS, type TerrainBinOp, type TerrainFn } from './ast';

/** One grammar rule, as written in parser.ts's header. */
export interface GrammarRule {
  readonly name: string;
  readonly rule: string;
  /** What the rule means for the teacher. */
  readonly note: string;
}

/**
 * The grammar, loosest binding first; each `name := rule` line is copied from parser.ts (the
 * test checks that the parser's header still says the same).
 */
export const TERRAIN_GRAMMAR: readonly GrammarRule[] = Object.freeze([
  { name: 'expr', rule: "term (('+' | '-') term)*", note: 'sums and differences, left to right' },
  { name: 'term', rule: "unary (('*' | '/') unary)*", note: 'products and quotients, left to right' },
  { name: 'unary', rule: "('-' | '+')* power", note: 'signs bind looser than ^: -x^2 = -(x^2)' },
  { name: 'power', rule: "primary ('^' unary)?", note: 'right-associative: 2^3^2 = 2^9; x^-1 is allowed' },
  {
    name: 'primary',
    rule: "number | x | y | pi | e | fn '(' expr (',' expr)* ')' | '(' expr ')'",
    note: 'a number, a variable, a constant, a function call or a bracketed expression',
  },
]);

/** A variable or named constant. */
export interface TerrainNameInfo {
  readonly name: string;
  readonly doc: string;
}

/** The two variables: the ball's coordinates (the model's two parameters). */
export const TERRAIN_VARIABLES: readonly TerrainNameInfo[] = Object.freeze([
  { name: 'x', doc: 'the first parameter (horizontal axis of the map)' },
  { name: 'y', doc: 'the second parameter (vertical axis of the map)' },
]);

const CONSTANT_DOCS: Readonly<Record<keyof typeof TERRAIN_CONSTANTS, string>> = {
  pi: 'π ≈ 3.14159, half a turn in radians',
  e: 'e ≈ 2.71828, the base of exp and log',
};

/** The named constants, with their values from the parser's own table. */
export const TERRAIN_CONSTANT_INFO: readonly (TerrainNameInfo & { readonly value: number })[] = Object.freeze(
  (Object.keys(TERRAIN_CONSTANTS) as (keyof typeof TERRAIN_CONSTANTS)[]).map((name) => ({
    name,
    value: TERRAIN_CONSTANTS[name],
    doc: CONSTANT_DOCS[name],
  })),
);

/** An operator or a piece of punctuation. */
export interface TerrainOperatorInfo {
  /** The character(s) as typed. */
  readonly symbol: string;
  /** Binary, unary (sign) or punctuation. */
  readonly kind: 'binary' | 'binary or sign' | 'punctuation';
  readonly doc: string;
}

const BINARY_DOCS: Readonly<Record<TerrainBinOp, string>> = {
  '+': 'add; also a sign, +x = x',
  '-': 'subtract; also a sign, -x',
  '*': 'multiply (always written: 2*x, not 2x)',
  '/': 'divide (1/0 gives Infinity, never an error)',
  '^': 'power, binds tightest and groups to the right (x^2, not x**2)',
};

/** Every operator and punctuation character the parser accepts, loosest first. */
export const TERRAIN_OPERATORS: readonly TerrainOperatorInfo[] = Object.freeze([
  ...(Object.keys(BINARY_DOCS) as TerrainBinOp[]).map((symbol) => ({
    symbol,
    kind: symbol === '+' || symbol === '-' ? ('binary or sign' as const) : ('binary' as const),
    doc: BINARY_DOCS[symbol],
  })),
  { symbol: '( )', kind: 'punctuation', doc: 'grouping, and the arguments of a function' },
  { symbol: ',', kind: 'punctuation', doc: 'separates the arguments of a function' },
]);

/** A built-in function as listed in the reference. */
export interface TerrainFunctionRef {
  readonly name: TerrainFn;
  readonly arity: number;
  readonly signature: string;
  readonly doc: string;
}

/** Every built-in function the parser accepts, straight from TERRAIN_FUNCTIONS (its order). */
export const TERRAIN_FUNCTION_REFERENCE: readonly TerrainFunctionRef[] = Object.freeze(
  (Object.keys(TERRAIN_FUNCTIONS) as TerrainFn[]).map((name) => ({ name, ...TERRAIN_FUNCTIONS[name] })),
);

/** A limit with its value (from TERRAIN_LIMITS) and what it counts. */
export interface TerrainLimitInfo {
  readonly key: keyof typeof TERRAIN_LIMITS;
  readonly value: number;
  readonly label: string;
  readonly doc: string;
}

const LIMIT_DOCS: Readonly<Record<keyof typeof TERRAIN_LIMITS, { label: string; doc: string }>> = {
  maxLength: { label: 'length', doc: 'characters in the whole expression, spaces included' },
  maxDepth: { label: 'nesting', doc: 'levels of operations, calls and brackets inside one another' },
  maxNodes: { label: 'size', doc: 'numbers, variables, operations and function calls in all' },
};

/** The limits the parser enforces, with their values read from TERRAIN_LIMITS. */
export const TERRAIN_LIMIT_INFO: readonly TerrainLimitInfo[] = Object.freeze(
  (Object.keys(TERRAIN_LIMITS) as (keyof typeof TERRAIN_LIMITS)[]).map((key) => ({
    key,
    value: TERRAIN_LIMITS[key],
    ...LIMIT_DOCS[key],
  })),
);

/** Short rules a teacher trips over, in plain words. */
export const TERRAIN_NOTES: readonly string[] = Object.freeze([
  'Numbers: 12, 0.5, .5, 1e-3, 2.5E+2 (write 1 or 1.0, not 1.). There are no negative literals: -3 is a sign and 3.',
  'Names are lower-case; there is no implicit multiplication (write 2*x and x*y).',
  'Write only the expression, without "z =" or "f(x, y) =".',
  'Spaces and line breaks are ignored.',
  'At a kink the slope takes one side: abs has slope +1 at 0; min and max follow their first argument on a tie.',
  'Outside a function\'s domain (log(-1), sqrt(-1), 1/0) the value is NaN or ±Infinity: keep such points off the map.',
]);

/** The whole reference, for views that want a single import. */
export const TERRAIN_REFERENCE = Object.freeze({
  grammar: TERRAIN_GRAMMAR,
  variables: TERRAIN_VARIABLES,
  constants: TERRAIN_CONSTANT_INFO,
  operators: TERRAIN_OPERATORS,
  functions: TERRAIN_FUNCTION_REFERENCE,
  limits: TERRAIN_LIMIT_INFO,
  notes: TERRAIN_NOTES,
});
