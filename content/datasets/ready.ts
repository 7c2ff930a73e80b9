/**
 * Readying a level before its landscape is built. A `network` level's rows come from a real
 * data set that is loaded lazily (./load.ts), while the engine builds landscapes synchronously
 * and never loads files (engine/landscape/network/provider.ts). So every place that builds one —
 * the player, the editor and its calibration worker, the server and each of its simulation
 * threads — awaits `readyLevel` first. Both scalings (raw and standardized) are handed in, since
 * standardization is the player's setting, with the stored trained centres (./centres.json).
 * Other families need nothing: readying them resolves at once.
 */
import { FAMILIES, type Level, type LandscapeSpec } from '@/engine';
import { networkFeatures, type NetworkParamsValue } from '@/engine/landscape/families/network';
import { hasNetworkData, provideNetworkCentre, provideNetworkData, type NetworkDataSource } from '@/engine/landscape/network/provider';
import { networkDataLoaded, networkRowProblems } from '@/engine/level/network-rows';
import { DATASETS, type DatasetName } from '@/engine/data/catalogue';
import { loadDataTable } from './load';
import { NETWORK_CONFIGS, networkRowsOf } from './networks';
import { storedCentre } from './centres';

const loading = new Map<string, Promise<void>>();
let centresHandedIn = false;

function handInStoredCentres(): void {
  if (centresHandedIn) return;
  centresHandedIn = true;
  for (const c of NETWORK_CONFIGS) {
    const src = { dataset: c.dataset, features: c.features ?? DATASETS[c.dataset].features, standardize: c.standardize };
    provideNetworkCentre({ ...src, hidden: c.hidden, activation: c.activation, initSeed: c.initSeed }, storedCentre(c.id));
  }
}

/** Loads a data set's rows with these features (once per process or page) and hands in both scalings. */
function readyRows(dataset: DatasetName, features: readonly string[]): Promise<void> {
  const raw: NetworkDataSource = { dataset, features, standardize: false };
  const std: NetworkDataSource = { ...raw, standardize: true };
  if (hasNetworkData(raw) && hasNetworkData(std)) return Promise.resolve();
  const key = `${dataset}|${features.join(',')}`;
  let found = loading.get(key);
  if (!found) {
    found = loadDataTable(dataset, features).then((table) => {
      provideNetworkData(raw, networkRowsOf(table, false));
      provideNetworkData(std, networkRowsOf(table, true));
    });
    // A failed load may be retried (a dropped chunk request in the browser).
    found.catch(() => loading.delete(key));
    loading.set(key, found);
  }
  return found;
}

/** The network parameters of a spec, or null for every other family. */
function networkParamsOf(spec: LandscapeSpec): NetworkParamsValue | null {
  return spec.family === 'network' ? (FAMILIES.network.params.parse(spec.params) as NetworkParamsValue) : null;
}

/** Makes a landscape spec buildable (see the file note). */
export async function readyLandscape(spec: LandscapeSpec): Promise<void> {
  const p = networkParamsOf(spec);
  if (!p) return;
  handInStoredCentres();
  await readyRows(p.dataset, networkFeatures(p));
}

/**
 * Makes a level buildable and checks what only its loaded rows can tell: a batch size within the
 * training rows (before loading, the schema checks against the source's row count). Throws a
 * RangeError naming the limit.
 */
export async function readyLevel(level: Level): Promise<void> {
  await readyLandscape(level.landscape);
  const [first] = networkRowProblems(level);
  if (first) throw new RangeError(`batch size ${first.value} exceeds the ${first.limit} training rows of ${first.title}`);
}

/** Whether a level can be built now without readying (every family but a network not yet loaded). */
export function levelIsReady(level: Level): boolean {
  return networkDataLoaded(level.landscape);
}
