/**
 * What the editor can tell synchronously about a `network` landscape beyond the rows themselves
 * (which rows, whether loaded, their counts and the batch sizes they refuse are
 * engine/level/network-rows.ts, shared with the player and the server): the variation a family
 * starts with, and whether drawing it would first train a centre in the page. Nothing here loads
 * anything (./useNetworkData.ts does) or builds a landscape, so nothing here can throw
 * NetworkDataMissingError. Every other family's rows are always "loaded".
 */
import { FAMILIES, type FamilyDef, type FamilyId } from '@/engine';
import { networkFeatures } from '@/engine/landscape/families/network';
import { hasNetworkCentre } from '@/engine/landscape/network/provider';
import { networkDataLoaded, type LandscapeLike } from '@/engine/level/network-rows';

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

/** The variation a family starts with on these parameters (a network's: its row bound). */
export function familyVariation(family: FamilyId, params: Record<string, unknown>) {
  const fam = FAMILIES[family] as FamilyDef;
  if (!fam.variationOf) return fam.variation;
  const res = fam.params.safeParse(params);
  return fam.variationOf(res.success ? res.data : fam.params.parse({}));
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
