/**
 * Where a `network` landscape finds its rows and its trained centre. The engine stays pure and
 * synchronous, so it never loads a file: the caller (content/datasets/ready.ts: the player, the
 * editor, the server's simulation threads) loads a data set first and hands the rows in here;
 * stored trained centres are handed in the same way. A centre that was not handed in is trained
 * here on first use and kept (training is deterministic, so every thread gets the same θ₀).
 */
import type { DatasetName } from '../../data/catalogue';
import type { Activation } from '../../nn/shape';
import type { NetworkData, NetworkSliceSpec } from './build';
import { networkCentre } from './build';

/** Which rows a network sees: a data set, its features, raw or standardized. */
export interface NetworkDataSource {
  readonly dataset: DatasetName;
  readonly features: readonly string[];
  readonly standardize: boolean;
}

/** A network on those rows: what its trained centre depends on. */
export interface NetworkCentreSource extends NetworkDataSource {
  readonly hidden: number;
  readonly activation: Activation;
  readonly initSeed: number;
}

/** The rows of a network level were not loaded before its landscape was built. */
export class NetworkDataMissingError extends Error {
  constructor(key: string) {
    super(`the rows of "${key}" are not loaded: await readyLevel(level) (content/datasets/ready.ts) before building a network landscape`);
    this.name = 'NetworkDataMissingError';
  }
}

const rows = new Map<string, NetworkData>();
const centres = new Map<string, Float64Array>();

/** The key of a data source: "penguins|Beak Length (mm),…|std". */
export function networkDataKey(src: NetworkDataSource): string {
  return `${src.dataset}|${src.features.join(',')}|${src.standardize ? 'std' : 'raw'}`;
}

/** The key of a network's trained centre. */
export function networkCentreKey(src: NetworkCentreSource): string {
  return `${networkDataKey(src)}|${src.hidden}${src.activation}|seed${src.initSeed}`;
}

/** Hands in the rows of a source (loaded and split by the caller). */
export function provideNetworkData(src: NetworkDataSource, data: NetworkData): void {
  rows.set(networkDataKey(src), data);
}

/** Whether the rows of a source were handed in. */
export function hasNetworkData(src: NetworkDataSource): boolean {
  return rows.has(networkDataKey(src));
}

/** The rows of a source; throws NetworkDataMissingError when they were not handed in. */
export function networkDataFor(src: NetworkDataSource): NetworkData {
  const found = rows.get(networkDataKey(src));
  if (!found) throw new NetworkDataMissingError(networkDataKey(src));
  return found;
}

/** Hands in a stored trained centre (content/datasets/centres.json). */
export function provideNetworkCentre(src: NetworkCentreSource, theta: Float64Array): void {
  centres.set(networkCentreKey(src), theta);
}

/** Whether a trained centre is known (stored, or trained already in this thread). */
export function hasNetworkCentre(src: NetworkCentreSource): boolean {
  return centres.has(networkCentreKey(src));
}

/** The trained centre of a network: handed in, or trained now and kept. */
export function trainedCentreFor(src: NetworkCentreSource, spec: NetworkSliceSpec): Float64Array {
  const key = networkCentreKey(src);
  let theta = centres.get(key);
  if (!theta) {
    theta = networkCentre(networkDataFor(src), { ...spec, centre: 'trained' }).theta0;
    centres.set(key, theta);
  }
  return theta;
}
