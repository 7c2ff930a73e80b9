/**
 * The family contract: a named, parameterized way to build a landscape. Parameters are a zod
 * object with defaults and ranges, so levels, the editor's sliders and the validator share them.
 */
import type { z } from 'zod';
import type { Landscape } from './types';
import type { Variation } from './shifted';

/** Options that reshape a landscape at build time (settings the player can toggle). */
export interface BuildOptions {
  /** Run the model with BatchNorm (only families with `supportsBatchNorm`). */
  readonly batchNorm: boolean;
  /** Standardize the input features with the training rows' statistics (the `network` family). */
  readonly standardize?: boolean;
}

/** A registered landscape family. */
export interface FamilyDef<S extends z.ZodType = z.ZodType> {
  readonly id: string;
  readonly label: string;
  /** One sentence for the editor and the explanations. */
  readonly summary: string;
  /** Parameter schema (an object with defaults). */
  readonly params: S;
  /** Default per-example variation for this family. */
  readonly variation: Variation;
  /** Where the rows depend on the parameters (the `network` family): the variation for them. */
  readonly variationOf?: (params: z.infer<S>) => Variation;
  readonly supportsBatchNorm: boolean;
  build(params: z.infer<S>, variation: Variation, opts: BuildOptions): Landscape;
}

/** Helper that keeps the parameter type of a family definition. */
export function defineFamily<S extends z.ZodType>(def: FamilyDef<S>): FamilyDef<S> {
  return def;
}
