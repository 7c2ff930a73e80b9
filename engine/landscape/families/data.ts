/** Families whose examples are dataset rows (see ../datasets.ts). */
import { z } from '../../zod';
import { defineFamily } from '../family';
import { DEFAULT_VARIATION } from '../shifted';
import type { Landscape, NormStats } from '../types';
import {
  ageSalaryRows,
  catsDogsRows,
  featureBatchNorm,
  identityNorm,
  logisticTerm,
  populationNorm,
  sparseRows,
  squaredErrorTerm,
} from '../datasets';
import { createRng } from '../../rng';

/** BatchNorm's ε (PyTorch's default). */
export const BN_EPS = 1e-5;

/**
 * Linear regression on age and salary. `scaling` 'raw' fits t ≈ w1·age + w2·salary on raw
 * features; 'standardized' z-scores both features with the training set's mean and standard
 * deviation and fixes the intercept at the training mean of t (so the game stays 2-D).
 * With BatchNorm on, the features are normalized by each mini-batch's own mean and variance
 * during training and by running averages at evaluation; BatchNorm's γ is the weight itself
 * (a scale on a feature followed by a weight is one parameter) and β is folded into the same
 * fixed intercept. Either way the parameters are the weights on normalized features.
 */
export const regression = defineFamily({
  id: 'regression',
  label: 'Linear regression: age and salary',
  summary: 'Two features on wildly different scales (years vs. currency); normalization rounds the surface.',
  params: z.object({ scaling: z.enum(['raw', 'standardized']).default('raw') }).strict(),
  variation: { ...DEFAULT_VARIATION, n: 256, nTest: 256, spread: [0, 0] },
  supportsBatchNorm: true,
  build: (p, v, opts): Landscape => {
    const rng = createRng(v.seed);
    const train = ageSalaryRows(v.n, rng);
    const test = ageSalaryRows(v.nTest, rng);
    const normalized = p.scaling === 'standardized' || opts.batchNorm;
    const baseNorm: NormStats = normalized ? populationNorm(train, opts.batchNorm ? BN_EPS : 0) : identityNorm();
    const raw = !normalized;
    return {
      family: 'regression',
      train,
      test,
      domain: raw ? { x: [-0.1, 0.3], y: [-5e-5, 1.5e-4] } : { x: [-1, 3], y: [-1, 3] },
      axes: raw ? ['w₁ (per year of age)', 'w₂ (per unit of salary)'] : ['w₁ (age, standardized)', 'w₂ (salary, standardized)'],
      term: (ex, r, x, y, out, order, norm) => squaredErrorTerm(ex, r, x, y, out, order, norm ?? baseNorm),
      baseNorm,
      batchNorm: opts.batchNorm ? featureBatchNorm(BN_EPS) : null,
      landmarks: [],
    };
  },
});

/** Linear regression where one feature is rarely non-zero: AdaGrad's home ground. */
export const sparse = defineFamily({
  id: 'sparse',
  label: 'Sparse feature',
  summary: 'Feature 2 is non-zero in only a few rows, so its weight rarely gets a gradient.',
  params: z.object({ rare: z.number().min(0.005).max(0.5).default(0.05) }).strict(),
  variation: { ...DEFAULT_VARIATION, n: 256, nTest: 256, spread: [0, 0] },
  supportsBatchNorm: false,
  build: (p, v): Landscape => {
    const rng = createRng(v.seed);
    const train = sparseRows(v.n, p.rare, rng);
    const test = sparseRows(v.nTest, p.rare, rng);
    const norm = identityNorm();
    return {
      family: 'sparse',
      train,
      test,
      domain: { x: [-1, 3], y: [-1, 4] },
      axes: ['w₁ (dense feature)', 'w₂ (rare feature)'],
      term: (ex, r, x, y, out, order) => squaredErrorTerm(ex, r, x, y, out, order, norm),
      baseNorm: null,
      batchNorm: null,
      landmarks: [{ name: 'best fit', at: [1, 2], radius: 0.1 }],
    };
  },
});

/** Logistic regression on two classes stored in class order (all cats, then all dogs). */
export const catsDogs = defineFamily({
  id: 'cats-dogs',
  label: 'Cats then dogs (ordered classes)',
  summary: 'A two-class dataset stored sorted by class; without shuffling every epoch swings the weights.',
  params: z.object({ ordered: z.boolean().default(true) }).strict(),
  variation: { ...DEFAULT_VARIATION, n: 256, nTest: 256, spread: [0, 0] },
  supportsBatchNorm: false,
  build: (p, v): Landscape => {
    const rng = createRng(v.seed);
    const train = catsDogsRows(v.n, p.ordered, rng);
    const test = catsDogsRows(v.nTest, false, rng);
    return {
      family: 'cats-dogs',
      train,
      test,
      domain: { x: [-3, 3], y: [-1, 5] },
      axes: ['w₁ (bias-like feature)', 'w₂ (cat-vs-dog feature)'],
      term: (ex, r, x, y, out, order) => logisticTerm(ex, r, x, y, out, order),
      baseNorm: null,
      batchNorm: null,
      landmarks: [],
    };
  },
});
