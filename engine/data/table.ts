/**
 * A real data set as the engine sees it: a dense float64 design matrix X (rows × features, raw
 * units) and a target vector y (class index or real value). Built from keyed rows handed in by the
 * caller (content/datasets reads the JSON); the engine itself never reads files. Rows with a
 * missing or non-numeric value in a used column are dropped and counted, never imputed.
 */
import type { NetTask } from '../nn/shape';

/** Examples ready for a network: X is n × inputs row-major, y one value per row. */
export interface DataTable {
  /** Short identifier of the source (e.g. "penguins"). */
  readonly name: string;
  /** Column names of X, in order. */
  readonly features: readonly string[];
  /** Number of features (columns of X). */
  readonly inputs: number;
  /** Number of rows kept. */
  readonly n: number;
  /** n × inputs, row-major, in the source's units. */
  readonly X: Float64Array;
  /** Class index into `classes` (classify) or the raw target value (regress). */
  readonly y: Float64Array;
  readonly task: NetTask;
  /** Class labels, index = y value (classify); [] for regress. */
  readonly classes: readonly string[];
  /** Name of the target column. */
  readonly target: string;
  /** Source rows dropped for a missing or unusable value in a used column. */
  readonly dropped: number;
  /** Rows in the source (kept + dropped). */
  readonly total: number;
}

/** Which columns of the keyed rows make a DataTable. */
export interface DataTableSpec {
  readonly name: string;
  readonly features: readonly string[];
  readonly target: string;
  readonly task: NetTask;
  /** Classify only: the labels in index order; rows with another label are dropped. Default: the sorted distinct labels present. */
  readonly classes?: readonly string[];
}

/** Whether a cell counts as missing: null, undefined, NaN, "" or "NA". */
export function isMissing(v: unknown): boolean {
  return v === null || v === undefined || v === '' || v === 'NA' || (typeof v === 'number' && Number.isNaN(v));
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const label = (v: unknown): v is string => typeof v === 'string' && !isMissing(v);

function checkSpec(spec: DataTableSpec): void {
  const { features, target, task, classes } = spec;
  if (features.length === 0) throw new RangeError(`${spec.name}: at least one feature is needed`);
  if (new Set(features).size !== features.length) throw new RangeError(`${spec.name}: a feature is listed twice`);
  if (features.includes(target)) throw new RangeError(`${spec.name}: the target "${target}" cannot also be a feature`);
  if (task !== 'classify' && task !== 'regress') throw new RangeError(`${spec.name}: unknown task "${String(task)}"`);
  if (classes === undefined) return;
  if (task === 'regress') throw new RangeError(`${spec.name}: a regression has no classes`);
  if (classes.length < 2 || new Set(classes).size !== classes.length || !classes.every(label)) {
    throw new RangeError(`${spec.name}: classes must be at least two distinct non-empty labels`);
  }
}

/** The labels a classification uses: the given list, or the distinct labels present, sorted by code unit. */
function classesOf(rows: readonly Record<string, unknown>[], spec: DataTableSpec): readonly string[] {
  if (spec.task !== 'classify') return [];
  if (spec.classes) return [...spec.classes];
  const seen = new Set<string>();
  for (const row of rows) {
    const v = row[spec.target];
    if (label(v)) seen.add(v);
  }
  const sorted = [...seen].sort();
  if (sorted.length < 2) throw new RangeError(`${spec.name}: "${spec.target}" has fewer than two classes`);
  return sorted;
}

/**
 * Builds a DataTable from keyed rows. A row is kept only when every feature is a finite number
 * and the target is a finite number (regress) or one of the classes (classify); any other row
 * (a missing value, a string where a number belongs, an unknown label) is dropped and counted.
 * Kept rows stay in source order. Throws a RangeError for an unusable spec.
 */
export function buildDataTable(rows: readonly Record<string, unknown>[], spec: DataTableSpec): DataTable {
  checkSpec(spec);
  const { features, target, task } = spec;
  const classes = classesOf(rows, spec);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const inputs = features.length;
  const X = new Float64Array(rows.length * inputs);
  const y = new Float64Array(rows.length);
  let n = 0;
  for (const row of rows) {
    const t = row[target];
    let yv: number;
    if (task === 'regress') {
      if (!finite(t)) continue;
      yv = t;
    } else {
      const k = typeof t === 'string' ? classIndex.get(t) : undefined;
      if (k === undefined) continue;
      yv = k;
    }
    let ok = true;
    for (let j = 0; j < inputs; j++) {
      const v = row[features[j]];
      if (!finite(v)) {
        ok = false;
        break;
      }
      X[n * inputs + j] = v;
    }
    if (!ok) continue;
    y[n] = yv;
    n++;
  }
  return {
    name: spec.name,
    features: [...features],
    inputs,
    n,
    X: X.slice(0, n * inputs),
    y: y.slice(0, n),
    task,
    classes,
    target,
    dropped: rows.length - n,
    total: rows.length,
  };
}

/**
 * The rows of `table` at `indices` (in that order), as a new table with copied arrays. `dropped`
 * and `total` still describe the source, so a split's pieces report where they came from.
 */
export function selectRows(table: DataTable, indices: ArrayLike<number>): DataTable {
  const { inputs } = table;
  const n = indices.length;
  const X = new Float64Array(n * inputs);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = indices[r];
    if (!Number.isInteger(i) || i < 0 || i >= table.n) throw new RangeError(`row ${i} is outside 0..${table.n - 1}`);
    X.set(table.X.subarray(i * inputs, (i + 1) * inputs), r * inputs);
    y[r] = table.y[i];
  }
  return { ...table, n, X, y };
}

/** How many rows of each class (index = class index); [] for a regression. */
export function classCounts(table: DataTable): number[] {
  const counts = table.classes.map(() => 0);
  if (table.task === 'classify') for (let i = 0; i < table.n; i++) counts[table.y[i]]++;
  return counts;
}
