/**
 * Every landscape family by id, and the validated spec that levels use to name one:
 * { family, params, variation }. `buildLandscape` is the one way to make a Landscape.
 */
import { z } from '../zod';
import type { BuildOptions, FamilyDef } from './family';
import type { Landscape } from './types';
import type { Variation } from './shifted';
import { beale, himmelblau, monkeySaddle, plateauCliff, ravine, rosenbrock, saddle, sharpFlat } from './families/terrains';
import { catsDogs, regression, sparse } from './families/data';
import { terrain } from './families/terrain';
import { network } from './families/network';

/** All registered families, by id. */
export const FAMILIES = {
  ravine,
  saddle,
  'monkey-saddle': monkeySaddle,
  'plateau-cliff': plateauCliff,
  'sharp-flat': sharpFlat,
  rosenbrock,
  himmelblau,
  beale,
  regression,
  sparse,
  'cats-dogs': catsDogs,
  terrain,
  network,
} as const satisfies Record<string, FamilyDef>;

/** Id of a registered family. */
export type FamilyId = keyof typeof FAMILIES;

/** Ids of all families, in display order. */
export const FAMILY_IDS = Object.keys(FAMILIES) as FamilyId[];

/** Size limits on examples keep every level cheap to score (and the server safe). */
export const MAX_EXAMPLES = 4096;

/** Overrides of a family's default variation. */
export const VariationSchema = z
  .object({
    n: z.number().int().min(1).max(MAX_EXAMPLES),
    nTest: z.number().int().min(1).max(MAX_EXAMPLES),
    spread: z.tuple([z.number().min(0).max(10), z.number().min(0).max(10)]),
    antithetic: z.boolean(),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
  })
  .partial()
  .strict();

/** A landscape named by family, parameters and variation; params are checked against the family. */
export const LandscapeSpecSchema = z
  .object({
    family: z.enum(FAMILY_IDS as [FamilyId, ...FamilyId[]]),
    params: z.record(z.string(), z.unknown()).default({}),
    variation: VariationSchema.default({}),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const fam = FAMILIES[spec.family] as FamilyDef;
    if (fam.variationOf && Object.keys(spec.variation).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['variation'], message: `the ${spec.family} family's rows come from its data set: leave variation empty` });
    }
    const res = fam.params.safeParse(spec.params);
    if (!res.success) {
      for (const issue of res.error.issues) ctx.addIssue({ ...issue, path: ['params', ...issue.path] } as never);
    }
  });

/** A validated landscape spec. */
export type LandscapeSpec = z.infer<typeof LandscapeSpecSchema>;

/** The family's default variation merged with the spec's overrides. */
export function resolveVariation(spec: LandscapeSpec): Variation {
  const fam = FAMILIES[spec.family] as FamilyDef;
  // A family whose rows come from its parameters (a real data set) takes no overrides.
  if (fam.variationOf) return fam.variationOf(fam.params.parse(spec.params));
  return { ...fam.variation, ...spec.variation };
}

/**
 * Builds the landscape a spec names. Throws (zod or terrain errors) on a spec that did not pass
 * LandscapeSpecSchema; call sites validate at the boundary first.
 */
export function buildLandscape(spec: LandscapeSpec, opts: BuildOptions = { batchNorm: false }): Landscape {
  const fam = FAMILIES[spec.family] as FamilyDef;
  const params = fam.params.parse(spec.params);
  return fam.build(params, resolveVariation(spec), { batchNorm: opts.batchNorm && fam.supportsBatchNorm, standardize: opts.standardize ?? false });
}
