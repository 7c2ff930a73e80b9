/**
 * Which surfaces a setting reshapes. The training-loss grid depends only on the level's
 * landscape, BatchNorm (the landscape's normalization) and the L1/L2 penalty; the learning
 * rate, optimizer, momentum, β values, batch size, shuffling and seed never change it, so a
 * slider for them never recomputes a grid. Pure: no React, no DOM.
 */
import type { Level, Settings } from '@/engine';

/** The settings that reshape the training objective (and so its grid). */
export type GridSettings = Pick<Settings, 'batchNorm' | 'l1' | 'l2'>;

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
  return `${levelKey}|train|bn=${s.batchNorm ? 1 : 0}|l1=${s.l1}|l2=${s.l2}`;
}

/**
 * A coarse first grid, cheap enough for the main thread: about 400 000 per-example
 * evaluations (≈ 10–20 ms of plain JS), between 16 and 64 points a side.
 */
export function coarseRes(examples: number): number {
  return Math.max(16, Math.min(64, Math.floor(Math.sqrt(400_000 / Math.max(1, examples)))));
}
