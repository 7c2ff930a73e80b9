/**
 * Z-scoring of features: x' = (x − mean) / std per column. The statistics come from the TRAIN
 * table only and are then applied unchanged to the test table, so nothing about the test set
 * leaks into training. Raw features (grams next to millimetres) make a badly conditioned loss
 * surface; standardizing them is the fix the lessons show, so it is an explicit step, not a default.
 *
 * The regression target is kept raw by default: a regression level's loss is then in the target's
 * own units (squared miles per gallon), which is what its numbers mean to a reader. Standardizing
 * the target too is available for experiments; predictions are then in standard deviations.
 */
import type { DataTable } from './table';

/** Per-feature mean and standard deviation of a training table (population std, divisor n). */
export interface FeatureStats {
  readonly features: readonly string[];
  readonly mean: Float64Array;
  /** A constant column has std 0; dividing uses 1 instead, so it is only centred. */
  readonly std: Float64Array;
  /** Regress: the target's mean and std; classify: 0 and 1 (labels are never scaled). */
  readonly targetMean: number;
  readonly targetStd: number;
  /** Rows the statistics were computed on. */
  readonly n: number;
}

/** What happens to a regression target: kept in its units (default) or z-scored with the train stats. */
export type TargetScaling = 'raw' | 'standardize';

/** Mean and population standard deviation of `count` values read by `at` (two passes, for accuracy). */
function meanStd(count: number, at: (i: number) => number): [number, number] {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += at(i);
  const mean = sum / count;
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (at(i) - mean) ** 2;
  return [mean, Math.sqrt(ss / count)];
}

/** Statistics of `train`'s features (and regression target). Throws a RangeError for an empty table. */
export function featureStats(train: DataTable): FeatureStats {
  const { n, inputs, X, y } = train;
  if (n === 0) throw new RangeError(`${train.name}: cannot compute statistics of an empty table`);
  const mean = new Float64Array(inputs);
  const std = new Float64Array(inputs);
  for (let j = 0; j < inputs; j++) [mean[j], std[j]] = meanStd(n, (i) => X[i * inputs + j]);
  const [targetMean, targetStd] = train.task === 'regress' ? meanStd(n, (i) => y[i]) : [0, 1];
  return { features: [...train.features], mean, std, targetMean, targetStd, n };
}

/**
 * A copy of `table` with every feature z-scored by `stats` (computed on the training part). The
 * target stays raw unless `target` is 'standardize' and the task is a regression. Throws a
 * RangeError when the stats were computed for other features.
 */
export function standardizeTable(table: DataTable, stats: FeatureStats, target: TargetScaling = 'raw'): DataTable {
  const { n, inputs } = table;
  if (stats.features.length !== inputs || stats.features.some((f, j) => f !== table.features[j])) {
    throw new RangeError(`${table.name}: statistics are for [${stats.features.join(', ')}], not [${table.features.join(', ')}]`);
  }
  const X = new Float64Array(n * inputs);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < inputs; j++) {
      const s = stats.std[j] > 0 ? stats.std[j] : 1;
      X[i * inputs + j] = (table.X[i * inputs + j] - stats.mean[j]) / s;
    }
  }
  const y = Float64Array.from(table.y);
  if (target === 'standardize' && table.task === 'regress') {
    const s = stats.targetStd > 0 ? stats.targetStd : 1;
    for (let i = 0; i < n; i++) y[i] = (y[i] - stats.targetMean) / s;
  }
  return { ...table, X, y };
}
