/**
 * What the editor can tell synchronously about a `network` landscape's data (issue 15): which
 * rows it reads, whether they are loaded in this page yet (content/datasets/ready.ts hands them to
 * the engine's provider), their real training-row count, the batch-size problems only those rows
 * can reveal, and whether drawing it would first train a centre in the page. Nothing here loads
 * anything (./useNetworkData.ts does) or builds a landscape, so nothing here can throw
 * NetworkDataMissingError. Every other family's rows are always "loaded".
 */
import { FAMILIES, levelDefaults, type FamilyDef, type FamilyId, type Level } from '@/engine';
import { networkFeatures } from '@/engine/landscape/families/network';
import { hasNetworkCentre, hasNetworkData, networkDataFor } from '@/engine/landscape/network/provider';
import { DATASETS, type DatasetName } from '@/engine/data/catalogue';

/** A landscape as the editor holds it (a level's, or a draft's family and parameters). */
export interface LandscapeLike {
  readonly family: FamilyId;
  readonly params: Record<string, unknown>;
}

/** The rows a network landscape reads: a data set and its features. */
export interface NetworkRowsSource {
  readonly dataset: DatasetName;
  readonly features: readonly string[];
}

/** Whether a family's rows come from its parameters (a real data set) rather than a variation. */
export function rowsFromParams(family: FamilyId): boolean {
  return (FAMILIES[family] as FamilyDef).variationOf !== undefined;
}

/** The network parameters (defaults filled in) of a landscape, or null (other family, or invalid). */
function networkParams(spec: LandscapeLike) {
  if (spec.family !== 'network') return null;
  const res = FAMILIES.network.params.safeParse(spec.params);
  return res.success ? res.data : null;
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

/** The variation a family starts with on these parameters (a network's: its row bound). */
export function familyVariation(family: FamilyId, params: Record<string, unknown>) {
  const fam = FAMILIES[family] as FamilyDef;
  if (!fam.variationOf) return fam.variation;
  const res = fam.params.safeParse(params);
  return fam.variationOf(res.success ? res.data : fam.params.parse({}));
}

/**
 * The batch-size limits a network level breaks with its real training rows (the schema checks
 * only the source's row count, an upper bound): empty until the rows are loaded, and for every
 * other family. Same paths as the schema's own messages.
 */
export function networkRowProblems(level: Level): { path: string; message: string }[] {
  const rows = loadedNetworkRows(level.landscape);
  const src = networkSourceOf(level.landscape);
  if (!rows || !src) return [];
  const n = rows.nTrain;
  const over = `batch size exceeds the ${n} training rows of ${DATASETS[src.dataset].title}`;
  const out: { path: string; message: string }[] = [];
  if (levelDefaults(level).batchSize > n) out.push({ path: 'defaults.batchSize', message: over });
  if (level.controls.batchSize && level.controls.batchSize.max > n) out.push({ path: 'controls.batchSize.max', message: over });
  if ((level.solution?.batchSize ?? 0) > n) out.push({ path: 'solution.batchSize', message: over });
  return out;
}

/**
 * Whether building this landscape (inputs standardized or not) would first train its centre in
 * the page (L-BFGS, up to a few seconds): a trained centre that is neither stored with the site
 * nor trained here already. False for every other family and while the rows are not loaded.
 */
export function centreNeedsTraining(spec: LandscapeLike, standardize: boolean): boolean {
  const p = networkParams(spec);
  if (!p || p.centre !== 'trained' || !networkDataLoaded(spec)) return false;
  const src = { dataset: p.dataset, features: networkFeatures(p), standardize };
  return !hasNetworkCentre({ ...src, hidden: p.hidden, activation: p.activation, initSeed: p.initSeed });
}
