/**
 * A fixed, seeded train/test split of a DataTable. The same seed gives the same split on every
 * machine (the Rng is integer arithmetic). Classification splits are stratified: each class sends
 * its own share of rows to the test set, so class proportions match in train and test.
 */
import { createRng, shuffleInPlace } from '../rng';
import { selectRows, type DataTable } from './table';

/** How to split: the fraction of rows held out for testing, and the seed of the shuffle. */
export interface SplitOptions {
  /** In [0, 1): round(testFraction · n) rows go to the test set. */
  readonly testFraction: number;
  /** Any 32-bit integer. */
  readonly seed: number;
}

/** The two disjoint parts of a table; together they hold every row once. */
export interface TableSplit {
  readonly train: DataTable;
  readonly test: DataTable;
}

/**
 * How many test rows each group gives: floor(f · size) each, then the rows still owed to reach
 * round(f · n) go one each to the groups with the largest remainders (ties: lower index first).
 * So the total is exactly round(f · n) and each group is within one row of its share.
 */
function testQuotas(sizes: readonly number[], f: number, n: number): number[] {
  const quotas = sizes.map((s) => Math.floor(f * s));
  let owed = Math.round(f * n) - quotas.reduce((a, b) => a + b, 0);
  const order = sizes.map((_, g) => g).sort((a, b) => f * sizes[b] - quotas[b] - (f * sizes[a] - quotas[a]) || a - b);
  for (const g of order) {
    if (owed <= 0) break;
    if (quotas[g] < sizes[g]) {
      quotas[g]++;
      owed--;
    }
  }
  return quotas;
}

/**
 * Splits `table` into train and test: row indices are grouped (by class for classification; one
 * group for regression), each group is shuffled with an Rng seeded by `seed`, and the first of its
 * quota go to test. Both parts keep source order (the split is a set; trainers shuffle batches
 * themselves). Throws a RangeError for a fraction outside [0, 1) or a non-integer seed.
 */
export function splitTable(table: DataTable, opts: SplitOptions): TableSplit {
  const { testFraction: f, seed } = opts;
  if (!(f >= 0 && f < 1)) throw new RangeError(`testFraction must be in [0, 1) (got ${f})`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  const groupCount = table.task === 'classify' ? table.classes.length : 1;
  const groups: number[][] = Array.from({ length: groupCount }, () => []);
  for (let i = 0; i < table.n; i++) groups[table.task === 'classify' ? table.y[i] : 0].push(i);
  const quotas = testQuotas(
    groups.map((g) => g.length),
    f,
    table.n,
  );
  const rng = createRng(seed);
  const inTest = new Uint8Array(table.n);
  groups.forEach((group, g) => {
    shuffleInPlace(group, rng);
    for (let k = 0; k < quotas[g]; k++) inTest[group[k]] = 1;
  });
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < table.n; i++) (inTest[i] ? test : train).push(i);
  return { train: selectRows(table, train), test: selectRows(table, test) };
}
