/**
 * What only a real network's loaded rows can tell about a level (issue 15): whether they are
 * loaded in this thread (../landscape/network/provider.ts), their real counts, and the batch
 * sizes that exceed the training rows — the schema checks against the source's row count, an
 * upper bound, before loading. One check for the player, the server and the editor; nothing here
 * loads anything (content/datasets/ready.ts does) or builds a landscape.
 */
import { FAMILIES, type FamilyId } from '../landscape/registry';
import { networkFeatures } from '../landscape/families/network';
import { hasNetworkData, networkDataFor } from '../landscape/network/provider';
import { DATASETS, type DatasetName } from '../data/catalogue';
import { levelDefaults, type Level } from './schema';

/** A landscape as callers hold it (a level's, or an editor draft's family and parameters). */
export interface LandscapeLike {
  readonly family: FamilyId;
  readonly params: Record<string, unknown>;
}

/** The rows a network landscape reads: a data set and its features. */
export interface NetworkRowsSource {
  readonly dataset: DatasetName;
  readonly features: readonly string[];
}

/**
 * The rows a network landscape reads, or null for every other family (or a data set and features
 * the schema refuses). Only those two parameters count: a width being typed does not stop loading.
 */
export function networkSourceOf(spec: LandscapeLike): NetworkRowsSource | null {
  if (spec.family !== 'network') return null;
  const res = FAMILIES.network.params.safeParse({ dataset: spec.params.dataset, features: spec.params.features });
  return res.success ? { dataset: res.data.dataset, features: networkFeatures(res.data) } : null;
}

/** Whether the landscape can be built now: any other family, or a network whose rows are loaded. */
export function networkDataLoaded(spec: LandscapeLike): boolean {
  const src = networkSourceOf(spec);
  return !src || hasNetworkData({ ...src, standardize: false });
}

/** The real row counts of a network landscape once loaded; null before (or for another family). */
export function loadedNetworkRows(spec: LandscapeLike): { readonly nTrain: number; readonly nTest: number } | null {
  const src = networkSourceOf(spec);
  if (!src || !hasNetworkData({ ...src, standardize: false })) return null;
  const data = networkDataFor({ ...src, standardize: false });
  return { nTrain: data.nTrain, nTest: data.nTest };
}

/** A batch size over the training rows: where it is, its value, the limit and the schema-style message. */
export interface NetworkRowProblem {
  readonly path: string;
  readonly value: number;
  readonly limit: number;
  readonly title: string;
  readonly message: string;
}

/** The batch sizes a network level sets above its real training rows; empty until they are loaded, and for every other family. */
export function networkRowProblems(level: Level): NetworkRowProblem[] {
  const rows = loadedNetworkRows(level.landscape);
  const src = networkSourceOf(level.landscape);
  if (!rows || !src) return [];
  const n = rows.nTrain;
  const title = DATASETS[src.dataset].title;
  const message = `batch size exceeds the ${n} training rows of ${title}`;
  const sizes: [string, number][] = [
    ['defaults.batchSize', levelDefaults(level).batchSize],
    ['controls.batchSize.max', level.controls.batchSize?.max ?? 0],
    ['solution.batchSize', level.solution?.batchSize ?? 0],
  ];
  return sizes.filter(([, value]) => value > n).map(([path, value]) => ({ path, value, limit: n, title, message }));
}
