/**
 * The one error type of the terrain language. Every problem the parser (or the compiler, for a
 * hand-built AST) finds is a TerrainError carrying a machine-readable code and the span of source
 * text to underline, so the editor can point at the mistake and the message can stay plain English.
 */

/** What went wrong, machine-readable. */
export type TerrainErrorCode =
  /** The source is longer than TERRAIN_LIMITS.maxLength characters. */
  | 'too-long'
  /** More than TERRAIN_LIMITS.maxDepth levels of nesting (operations or brackets). */
  | 'too-deep'
  /** More than TERRAIN_LIMITS.maxNodes numbers, variables, operations and calls. */
  | 'too-many-nodes'
  /** A character that is not part of the language (×, NUL, an emoji...). */
  | 'unexpected-char'
  /** A malformed number such as `1.`, `1..2` or `1e999` (too large). */
  | 'bad-number'
  /** A token where something else was expected (`2 ** 3`, `x y`, `x)`). */
  | 'unexpected-token'
  /** The input stopped where more was expected (`x +`, `(x`). */
  | 'unexpected-end'
  /** A name that is neither x, y, pi, e nor a known function. */
  | 'unknown-identifier'
  /** A function called with the wrong number of arguments (`min(x)`). */
  | 'wrong-arity'
  /** Nothing but whitespace. */
  | 'empty';

/**
 * A problem in a terrain expression. `pos` is the 0-based offset (in UTF-16 code units, i.e. JS
 * string indices) where the problem starts and `length` how many code units to underline (0 for
 * "at this point", e.g. at the end of the input).
 */
export class TerrainError extends Error {
  /** Machine-readable kind of problem. */
  readonly code: TerrainErrorCode;
  /** 0-based offset into the source where the problem starts. */
  readonly pos: number;
  /** Number of code units to underline from `pos` (may be 0). */
  readonly length: number;

  /** Builds an error; `message` should say what was expected, in plain English. */
  constructor(code: TerrainErrorCode, message: string, pos: number, length: number) {
    super(message);
    this.name = 'TerrainError';
    this.code = code;
    this.pos = pos;
    this.length = Math.max(0, length);
  }
}
