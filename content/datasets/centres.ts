/**
 * The stored trained centres θ₀ of the real networks (./centres.json), by network id. The file is
 * written by `npx tsx scripts/train-network-centres.ts` from ./networks.ts; centres.test.ts
 * checks that each is what training reproduces, bit for bit, and a minimum of its objective.
 */
import stored from './centres.json';

/** One stored centre: θ₀ and how training ended. */
export interface StoredCentre {
  readonly theta: readonly number[];
  /** Training objective at θ₀: mean loss + (λ₀/2)‖θ₀‖² (engine/landscape/network/build.ts, CENTRE_L2). */
  readonly loss: number;
  readonly gradNorm: number;
  readonly iterations: number;
}

const CENTRES = stored as Readonly<Record<string, StoredCentre>>;

/** θ₀ of a network, as a fresh Float64Array (throws when none is stored: run the script). */
export function storedCentre(id: string): Float64Array {
  const c = CENTRES[id];
  if (!c) throw new RangeError(`no stored centre for network "${id}": run npx tsx scripts/train-network-centres.ts`);
  return Float64Array.from(c.theta);
}

/** Every stored centre (tests). */
export function storedCentres(): Readonly<Record<string, StoredCentre>> {
  return CENTRES;
}
