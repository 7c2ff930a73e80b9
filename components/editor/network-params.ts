/**
 * The network picker's values (./NetworkPicker.tsx) read from a draft's raw parameters, and its
 * edits as pure functions: choose a data set (its default features), tick a feature on or off (at
 * least one stays, in the data set's column order; the default list is stored as no list at all),
 * set a plain field. The result is always what the engine's `network` schema reads; values the
 * teacher is still typing are kept as typed and reported by the schema, not clamped here.
 */
import { DATASETS, DATASET_NAMES, isDatasetName, type DatasetName } from '@/engine/data/catalogue';

/** The picker's view of a network's parameters (a list of features always present). */
export interface NetworkPick {
  readonly dataset: DatasetName;
  readonly features: readonly string[];
  readonly hidden: number;
  readonly activation: 'tanh' | 'relu';
  readonly centre: 'trained' | 'init';
  readonly initSeed: number;
  readonly directionSeed: number;
  readonly extent: number;
}

/** The picker's plain fields (each one value in the parameters). */
export type NetworkField = 'hidden' | 'activation' | 'centre' | 'initSeed' | 'directionSeed' | 'extent';

const num = (v: unknown, dflt: number) => (typeof v === 'number' && Number.isFinite(v) ? v : dflt);

/** What the picker shows for these parameters (anything missing or malformed: the schema's default). */
export function readNetworkPick(params: Record<string, unknown>): NetworkPick {
  const dataset = typeof params.dataset === 'string' && isDatasetName(params.dataset) ? params.dataset : DATASET_NAMES[0];
  const listed = Array.isArray(params.features) ? params.features.filter((f): f is string => typeof f === 'string') : null;
  return {
    dataset,
    features: listed && listed.length > 0 ? listed : DATASETS[dataset].features,
    hidden: num(params.hidden, 8),
    activation: params.activation === 'relu' ? 'relu' : 'tanh',
    centre: params.centre === 'init' ? 'init' : 'trained',
    initSeed: num(params.initSeed, 1),
    directionSeed: num(params.directionSeed, 1),
    extent: num(params.extent, 1),
  };
}

/** Another data set: its own default features (the old ones may not exist there). */
export function pickDataset(params: Record<string, unknown>, dataset: DatasetName): Record<string, unknown> {
  const { features: _dropped, ...rest } = params;
  return { ...rest, dataset };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A feature ticked on or off: at least one stays; the data set's default list is stored as none. */
export function pickFeature(params: Record<string, unknown>, feature: string, on: boolean): Record<string, unknown> {
  const pick = readNetworkPick(params);
  const { choices, features: defaults } = DATASETS[pick.dataset];
  if (!choices.includes(feature)) return params;
  const chosen = new Set(pick.features);
  if (on) chosen.add(feature);
  else chosen.delete(feature);
  const next = choices.filter((c) => chosen.has(c));
  if (next.length === 0) return params;
  const { features: _old, ...rest } = params;
  return sameList(next, defaults) ? { ...rest, dataset: pick.dataset } : { ...rest, dataset: pick.dataset, features: next };
}

/** One plain field set (integers rounded: width and seeds). */
export function pickField(params: Record<string, unknown>, field: NetworkField, value: number | string): Record<string, unknown> {
  const integer = field === 'hidden' || field === 'initSeed' || field === 'directionSeed';
  return { ...params, [field]: integer && typeof value === 'number' ? Math.round(value) : value };
}
