/**
 * Every closed-form terrain family written in the terrain language, with its parameters
 * substituted as numbers. These strings are how code outside the engine (the TF.js grid adapter
 * in components/gpu) evaluates a family from the SAME definition as the engine: it parses the
 * source with the engine's parser and compiles the tree to its own ops.
 *
 * expressions.test.ts proves that each source, compiled by the engine's `terrainField`, equals
 * the hand-written field of fields.ts (value, gradient and Hessian) at many points for default
 * and random parameters, so a change to a field that is not mirrored here fails a test.
 *
 * Each source follows the field's own order of operations where it can, so the two agree to the
 * last bit or nearly. Numbers are printed with `String` (the shortest text that reads back to the
 * same double); a negative number is bracketed, `(-1.5)`, since the language has no negative
 * literals. Pure TypeScript: no TF.js here.
 */
import type { z } from 'zod';
import type { beale, himmelblau, monkeySaddle, plateauCliff, ravine, rosenbrock, saddle, sharpFlat } from './families/terrains';
import type { terrain } from './families/terrain';
import { FAMILIES, type FamilyId, type LandscapeSpec } from './registry';

/** A number as terrain-language source that reads back to exactly the same double. */
export function numberSource(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`cannot write ${v} in the terrain language`);
  if (v < 0 || Object.is(v, -0)) return `(-${String(-v)})`;
  return String(v);
}

const n = numberSource;

/** Ill-conditioned quadratic ½(w − c)ᵀH(w − c), H as in quadraticField (same float64 entries). */
function ravineSource(p: z.infer<typeof ravine.params>): string {
  const t = (p.angle * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const hxx = p.scale * (c * c + p.kappa * s * s);
  const hxy = p.scale * (c * s - p.kappa * s * c);
  const hyy = p.scale * (s * s + p.kappa * c * c);
  const u = `(x - ${n(p.center[0])})`;
  const v = `(y - ${n(p.center[1])})`;
  return `0.5*(${u}*(${n(hxx)}*${u} + ${n(hxy)}*${v}) + ${v}*(${n(hxy)}*${u} + ${n(hyy)}*${v}))`;
}

/** a·x² − b·y² + c·y⁴. */
function saddleSource(p: z.infer<typeof saddle.params>): string {
  return `${n(p.a)}*x^2 - ${n(p.b)}*y^2 + ${n(p.c)}*y^4`;
}

/** x³ − 3xy² + c·(x² + y²)². */
function monkeySaddleSource(p: z.infer<typeof monkeySaddle.params>): string {
  return `x^3 - 3*x*y^2 + ${n(p.c)}*(x^2 + y^2)^2`;
}

/** height·σ(steepness·(x − edge)) + slope·x + softplus(−3(x − wall)) + across·y². */
function plateauCliffSource(p: z.infer<typeof plateauCliff.params>): string {
  return (
    `${n(p.height)}*sigmoid(${n(p.steepness)}*(x - ${n(p.edge)})) + ${n(p.slope)}*x` +
    ` + softplus(-3*(x - ${n(p.wall)})) + ${n(p.across)}*y^2`
  );
}

/**
 * bowl·|w − flatAt|² + (sharpDepth + flatDepth) − flatDepth·G_flat − sharpDepth·G_sharp, where
 * bump(cx, cy, s) is exactly the unit Gaussian G of sharpFlatField.
 */
function sharpFlatSource(p: z.infer<typeof sharpFlat.params>): string {
  const [sx, sy] = p.sharpAt;
  const [fx, fy] = p.flatAt;
  return (
    `${n(p.bowl)}*((x - ${n(fx)})^2 + (y - ${n(fy)})^2) + ${n(p.sharpDepth + p.flatDepth)}` +
    ` - ${n(p.flatDepth)}*bump(${n(fx)}, ${n(fy)}, ${n(p.flatWidth)})` +
    ` - ${n(p.sharpDepth)}*bump(${n(sx)}, ${n(sy)}, ${n(p.sharpWidth)})`
  );
}

/** (a − x)² + b(y − x²)². */
function rosenbrockSource(p: z.infer<typeof rosenbrock.params>): string {
  return `(${n(p.a)} - x)^2 + ${n(p.b)}*(y - x^2)^2`;
}

/** (x² + y − 11)² + (x + y² − 7)². */
function himmelblauSource(_p: z.infer<typeof himmelblau.params>): string {
  return '(x^2 + y - 11)^2 + (x + y^2 - 7)^2';
}

/** Σₖ (cₖ − x + x·yᵏ)², c = (1.5, 2.25, 2.625). */
function bealeSource(_p: z.infer<typeof beale.params>): string {
  return '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2';
}

/** The teacher's own source. */
function terrainSource(p: z.infer<typeof terrain.params>): string {
  return p.expr;
}

/** Terrain-language source of each terrain family, from its parsed parameters (defaults filled in). */
export const FAMILY_EXPRESSIONS = {
  ravine: ravineSource,
  saddle: saddleSource,
  'monkey-saddle': monkeySaddleSource,
  'plateau-cliff': plateauCliffSource,
  'sharp-flat': sharpFlatSource,
  rosenbrock: rosenbrockSource,
  himmelblau: himmelblauSource,
  beale: bealeSource,
  terrain: terrainSource,
} as const;

/** Families whose examples are shifted copies of one terrain: ℓ_i(w) = f(w − δ_i). */
export type TerrainFamilyId = keyof typeof FAMILY_EXPRESSIONS;

/** True when the family is a (shifted) terrain with a terrain-language source. */
export function isTerrainFamily(id: string): id is TerrainFamilyId {
  return Object.prototype.hasOwnProperty.call(FAMILY_EXPRESSIONS, id);
}

/**
 * The terrain-language source f(x, y) of a spec's family with its parameters (validated, defaults
 * filled in), or null for a data family (regression, sparse, cats-dogs), whose examples are
 * dataset rows rather than shifted terrains. Throws (zod) on parameters the family refuses.
 */
export function familyExpression(spec: LandscapeSpec): string | null {
  const id: FamilyId = spec.family;
  if (!isTerrainFamily(id)) return null;
  const params = FAMILIES[id].params.parse(spec.params);
  return (FAMILY_EXPRESSIONS[id] as (p: unknown) => string)(params);
}
