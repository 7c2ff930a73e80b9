/**
 * The `network` family (issue 15): a 2-D slice through the loss of a real one-hidden-layer
 * network trained on a real data set (../network). Its rows are not built here: they come from
 * the data set, loaded by the caller and handed to ../network/provider.ts before the landscape is
 * built. Input standardization is the player's setting (`standardize`, a build option like
 * BatchNorm, which this family does not offer); everything else is the level's.
 */
import { z } from '../../zod';
import { DATASETS, DATASET_NAMES, type DatasetName } from '../../data/catalogue';
import { defineFamily } from '../family';
import { DEFAULT_VARIATION, type Variation } from '../shifted';
import { createRng } from '../../rng';
import { initParams } from '../../nn/train';
import { buildNetworkSlice, networkShape, type NetworkSliceSpec } from '../network/build';
import { networkDataFor, trainedCentreFor } from '../network/provider';

/** Share of rows held out, and the split's seed: the same for every network (engine/data/split.ts). */
export const NETWORK_SPLIT = { testFraction: 0.2, seed: 15 } as const;

/** Widest hidden layer a level may ask for. */
export const MAX_HIDDEN = 16;

const seed = (dflt: number) => z.number().int().min(0).max(2 ** 31 - 1).default(dflt);

const NetworkParams = z
  .object({
    dataset: z.enum(DATASET_NAMES as [DatasetName, ...DatasetName[]]).default('penguins'),
    /** Feature columns (default: the data set's own); each one of the set's choices, no repeats. */
    features: z.array(z.string().max(60)).min(1).max(8).optional(),
    hidden: z.number().int().min(2).max(MAX_HIDDEN).default(8),
    activation: z.enum(['tanh', 'relu']).default('tanh'),
    /** 'trained': the slice is centred on a minimum; 'init': on the seeded initialization. */
    centre: z.enum(['trained', 'init']).default('trained'),
    initSeed: seed(1),
    directionSeed: seed(1),
    /** Half-width of the drawn box, in units of the filter-normalized directions. */
    extent: z.number().min(0.05).max(10).default(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.features) return;
    const { choices } = DATASETS[p.dataset];
    p.features.forEach((f, i) => {
      if (!choices.includes(f)) ctx.addIssue({ code: 'custom', path: ['features', i], message: `${p.dataset} has no feature "${f}" (choose from ${choices.join(', ')})` });
    });
    if (new Set(p.features).size !== p.features.length) ctx.addIssue({ code: 'custom', path: ['features'], message: 'a feature is listed twice' });
  });

/** Validated parameters of a network level. */
export type NetworkParamsValue = z.infer<typeof NetworkParams>;

/** The features a level's network reads (its own list, or the data set's default). */
export function networkFeatures(p: Pick<NetworkParamsValue, 'dataset' | 'features'>): readonly string[] {
  return p.features ?? DATASETS[p.dataset].features;
}

/**
 * Row counts before the data set is loaded: upper bounds, from the source's rows before those
 * with a missing value are dropped (the split holds out round(f·n) of n rows, so both parts grow
 * with n). Validation against the real counts happens once the rows are loaded
 * (content/datasets/ready.ts); the bounds keep cost estimates safe.
 */
function rowBound(p: NetworkParamsValue): Variation {
  const rows = DATASETS[p.dataset].rows;
  const nTest = Math.round(NETWORK_SPLIT.testFraction * rows);
  return { ...DEFAULT_VARIATION, n: rows - nTest, nTest, spread: [0, 0] };
}

/**
 * How many times a built-in family's evaluation one example of this network costs (the server's
 * cost bound, components/explain/sim-cost.ts): hidden × (inputs + outputs + 2) / 7, ≈ 10× for
 * penguins' 4 → 8 → 3, as measured in `npm run bench` (scoring: ≈ 1 µs per example's step
 * against ≈ 0.1 µs for a built-in family).
 */
export function networkEvalWeight(p: NetworkParamsValue): number {
  const info = DATASETS[p.dataset];
  const outputs = info.task === 'classify' ? info.classes.length : 1;
  return Math.max(1, (p.hidden * (networkFeatures(p).length + outputs + 2)) / 7);
}

export const network = defineFamily({
  id: 'network',
  label: 'Real network on real data',
  summary: 'A 2-D slice θ₀ + a·d₁ + b·d₂ through the loss of a one-hidden-layer network on a real data set (filter-normalized directions, Li et al. 2018).',
  params: NetworkParams,
  variation: { ...DEFAULT_VARIATION, spread: [0, 0] },
  variationOf: rowBound,
  supportsBatchNorm: false,
  build: (p, _v, opts) => {
    const src = { dataset: p.dataset, features: networkFeatures(p), standardize: opts.standardize ?? false };
    const data = networkDataFor(src);
    const spec: NetworkSliceSpec = { hidden: p.hidden, activation: p.activation, centre: p.centre, initSeed: p.initSeed, directionSeed: p.directionSeed, extent: p.extent };
    const theta0 =
      p.centre === 'trained'
        ? trainedCentreFor({ ...src, hidden: p.hidden, activation: p.activation, initSeed: p.initSeed }, spec)
        : initParams(networkShape(data, spec), createRng(p.initSeed));
    return buildNetworkSlice(data, spec, theta0).land;
  },
});
