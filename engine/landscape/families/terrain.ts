/** A teacher's own terrain, written in the terrain language (see engine/terrain). */
import { z } from '../../zod';
import { defineFamily } from '../family';
import { DEFAULT_VARIATION, shiftedLandscape } from '../shifted';
import { parseTerrain, terrainField, TerrainError, TERRAIN_LIMITS } from '../../terrain';

function checkTerrain(src: string, ctx: z.RefinementCtx): void {
  try {
    parseTerrain(src);
  } catch (e) {
    if (!(e instanceof TerrainError)) throw e;
    ctx.addIssue({ code: 'custom', message: `${e.message} (at character ${e.pos + 1})` });
  }
}

/** Terrain-language expression in x and y, with per-example shifts like the built-in terrains. */
export const terrain = defineFamily({
  id: 'terrain',
  label: 'Custom terrain',
  summary: 'Any f(x, y) written in the terrain language, e.g. "x^2 - y^2 + y^4/4".',
  params: z
    .object({
      expr: z.string().min(1).max(TERRAIN_LIMITS.maxLength).superRefine(checkTerrain).default('x^2 + y^2'),
      domain: z
        .object({
          x: z.tuple([z.number().min(-1e3).max(1e3), z.number().min(-1e3).max(1e3)]),
          y: z.tuple([z.number().min(-1e3).max(1e3), z.number().min(-1e3).max(1e3)]),
        })
        .refine((d) => d.x[0] < d.x[1] && d.y[0] < d.y[1], 'domain bounds must be increasing')
        .default({ x: [-3, 3], y: [-3, 3] }),
    })
    .strict(),
  variation: { ...DEFAULT_VARIATION, n: 32 },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'terrain',
      field: terrainField(p.expr),
      variation: v,
      domain: p.domain,
    }),
});
