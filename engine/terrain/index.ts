/**
 * The custom terrain language: teachers type a formula in x and y, we parse it with our own
 * parser (never eval) and compile it to a fast float64 evaluator with exact derivatives.
 *
 * Language reference
 *   variables   x, y
 *   numbers     12, 0.5, .5, 1e-3, 2.5E+2 (no trailing point: write 1 or 1.0, not 1.)
 *   constants   pi, e
 *   operators   + - * / ^, unary - and +, brackets ( ). ^ binds tightest and is
 *               right-associative: -x^2 = -(x^2), 2^3^2 = 2^9; x^-1 is allowed.
 *   functions   exp log sqrt abs sin cos tanh sigmoid softplus sq (one argument),
 *               min(a, b), max(a, b), and the Gaussian bump
 *               bump(cx, cy, s) = exp(-((x - cx)^2 + (y - cy)^2) / (2 s^2)),
 *               height 1 at (cx, cy) and width s; its arguments may be any expressions.
 *               Scale and shift it freely: 3 * bump(1, -1, 0.5) or -2 * bump(0, 0, 1).
 *   whitespace  ignored. Names are lower-case; there is no implicit multiplication (write 2*x).
 *   limits      TERRAIN_LIMITS: 500 characters, nesting 32 deep, 200 nodes.
 *
 * Derivatives at kinks take one side: abs'(0) = +1; min/max on a tie follow the first argument.
 * Domain errors (log(-1), sqrt(-1), 1/0) evaluate to NaN or ±Infinity, never throw.
 */
import type { Field2 } from '../landscape/field';
import { compileTerrain } from './compile';
import { parseTerrain } from './parser';

export {
  TERRAIN_CONSTANTS, TERRAIN_FUNCTIONS, TERRAIN_LIMITS, childrenOf, isTerrainFn,
  type TerrainAst, type TerrainBin, type TerrainBinOp, type TerrainCall, type TerrainFn,
  type TerrainFnInfo, type TerrainNeg, type TerrainNum, type TerrainSpan, type TerrainVar,
} from './ast';
export { compileTerrain } from './compile';
export { TerrainError, type TerrainErrorCode } from './errors';
export { parseTerrain } from './parser';
export { formatTerrain } from './print';

/** Parses and compiles a terrain source in one go; throws TerrainError when it is invalid. */
export function terrainField(src: string): Field2 {
  return compileTerrain(parseTerrain(src));
}
