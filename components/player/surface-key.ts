/**
 * Which surfaces a setting reshapes. The training-loss grid depends only on the level's
 * landscape, BatchNorm and standardization (the landscape's normalization) and the L1/L2 penalty; the learning
 * rate, optimizer, momentum, β values, batch size, shuffling and seed never change it, so a
 * slider for them never recomputes a grid. Pure: no React, no DOM.
 */
import { FAMILIES, landscapeVariant, type LandscapeSpec, type Level, type Settings } from '@/engine';
import { networkEvalWeight, type NetworkParamsValue } from '@/engine/landscape/families/network';

/** The settings that reshape the training objective (and so its grid). */
export type GridSettings = Pick<Settings, 'batchNorm' | 'standardize' | 'l1' | 'l2'>;

const levelIds = new WeakMap<Level, number>();
let nextLevelId = 1;

/**
 * A key per level object: two drafts of a teacher's level with the same id but another terrain
 * are different objects, so they get different keys.
 */
export function levelKeyOf(level: Level): string {
  let n = levelIds.get(level);
  if (n === undefined) {
    n = nextLevelId++;
    levelIds.set(level, n);
  }
  return `${level.id}#${n}`;
}

/** The cache key of the training-loss grid of `level` under `settings`. */
export function trainGridKey(levelKey: string, s: GridSettings): string {
  return `${levelKey}|train|${landscapeVariant(s)}|l1=${s.l1}|l2=${s.l2}`;
}

/**
 * How many built-in evaluations one example of a landscape costs: a real network's
 * `networkEvalWeight` (≈ 14 for penguins' 4 → 8 → 3), 1 for every other family.
 */
export function exampleCostWeight(spec: LandscapeSpec): number {
  return spec.family === 'network' ? networkEvalWeight(FAMILIES.network.params.parse(spec.params) as NetworkParamsValue) : 1;
}

/**
 * A coarse first grid, cheap enough for the main thread: about 400 000 built-in evaluations
 * (examples × `weight` per point, see exampleCostWeight; ≈ 10–20 ms of plain JS), between 8
 * and 64 points a side. It is what a network's level shows while its full grid is computed
 * (seconds on wasm), so it counts cost, not rows.
 */
export function coarseRes(examples: number, weight = 1): number {
  return Math.max(8, Math.min(64, Math.floor(Math.sqrt(400_000 / Math.max(1, examples * weight)))));
}
