/**
 * The usual way from a loaded table to training data: a seeded split, then (optionally)
 * standardization with the train statistics. Features stay raw unless asked, so a level can show
 * what badly scaled inputs do to the loss surface.
 */
import { splitTable, type SplitOptions } from './split';
import { featureStats, standardizeTable, type FeatureStats, type TargetScaling } from './standardize';
import type { DataTable } from './table';

/** A split plus the scaling choice. */
export interface PrepareOptions extends SplitOptions {
  /** Z-score the features with the train statistics (default false: raw units). */
  readonly standardize?: boolean;
  /** Regression target scaling when standardizing (default 'raw'). */
  readonly target?: TargetScaling;
}

/** Train and test parts, and the statistics used to scale them (null when kept raw). */
export interface PreparedSplit {
  readonly train: DataTable;
  readonly test: DataTable;
  readonly stats: FeatureStats | null;
}

/** Splits `table` by seed and, when asked, standardizes both parts with the train statistics. */
export function prepareSplit(table: DataTable, opts: PrepareOptions): PreparedSplit {
  const { train, test } = splitTable(table, opts);
  if (!opts.standardize) return { train, test, stats: null };
  const stats = featureStats(train);
  const target = opts.target ?? 'raw';
  return { train: standardizeTable(train, stats, target), test: standardizeTable(test, stats, target), stats };
}
