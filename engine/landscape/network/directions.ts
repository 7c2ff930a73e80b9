/**
 * The two directions of a network slice, as Li et al. (2018, "Visualizing the Loss Landscape of
 * Neural Nets", §4) draw them: a seeded Gaussian direction d, then "filter normalization" —
 * each neuron's incoming weights in d are rescaled to the norm of the same neuron's weights in
 * θ₀, so the slice's scale follows the network's own and is comparable across networks — and
 * bias entries set to zero (their `ignore='biasbn'`). The second direction is drawn after the
 * first from the same generator, so one seed names the plane.
 */
import type { Rng } from '../../rng';

/** Entries of θ grouped per neuron (incoming weights), and which entries are biases. */
export interface NeuronGroupsLike {
  readonly groups: readonly (readonly [number, number])[];
  readonly isBias: Uint8Array;
}

/** One filter-normalized direction for θ₀ (see file note). A neuron whose weights in θ₀ are all zero gets a zero slice. */
export function filterNormalizedDirection(theta0: Float64Array, layout: NeuronGroupsLike, rng: Rng): Float64Array {
  const d = new Float64Array(theta0.length);
  for (let j = 0; j < d.length; j++) d[j] = rng.normal();
  for (const [start, end] of layout.groups) {
    let dn = 0;
    let tn = 0;
    for (let j = start; j < end; j++) {
      dn += d[j] * d[j];
      tn += theta0[j] * theta0[j];
    }
    const scale = dn > 0 ? Math.sqrt(tn / dn) : 0;
    for (let j = start; j < end; j++) d[j] *= scale;
  }
  for (let j = 0; j < d.length; j++) if (layout.isBias[j]) d[j] = 0;
  return d;
}

/** The plane's two directions, d₁ then d₂, from one generator. */
export function slicePlane(theta0: Float64Array, layout: NeuronGroupsLike, rng: Rng): [Float64Array, Float64Array] {
  const d1 = filterNormalizedDirection(theta0, layout, rng);
  const d2 = filterNormalizedDirection(theta0, layout, rng);
  return [d1, d2];
}
