/**
 * Auto-calibration: a bounded sweep over a level's unlocked settings that finds the best
 * achievable score (proving the level solvable) and proposes star thresholds. Used by the
 * content check, the editor and the server. Grid over each control (log-spaced for rates,
 * powers of two for batch sizes), then a seeded random subsample when the grid is too big.
 */
import type { Level } from './level/schema';
import { levelDefaults } from './level/schema';
import type { Settings, SettingKey } from './settings';
import { scoreLevel, type LevelScore } from './score';
import { createRng, shuffleInPlace } from './rng';
import { isLogScale } from './settings-registry';

/** Values tried per numeric control. */
const STEPS_PER_RANGE = 5;

/** Candidate values of one unlocked control. */
export function candidateValues(level: Level, key: SettingKey): unknown[] {
  const ctl = (level.controls as Record<string, unknown>)[key] as { min: number; max: number } | { options: string[] } | object;
  if ('options' in ctl) return [...ctl.options];
  if (!('min' in ctl)) return [false, true];
  const { min, max } = ctl;
  if (min === max) return [min];
  if (key === 'batchSize') {
    const out = new Set<number>([min, max]);
    for (let b = 1; b <= max; b *= 2) if (b >= min) out.add(b);
    return [...out].sort((a, b) => a - b);
  }
  const log = isLogScale(key, min);
  return Array.from({ length: STEPS_PER_RANGE }, (_, i) => {
    const f = i / (STEPS_PER_RANGE - 1);
    if (i === 0) return min;
    if (i === STEPS_PER_RANGE - 1) return max;
    const v = log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
    // Interior points rounded to 3 significant digits: a published solution reads "lr 0.0707",
    // not "0.07071067811865477". Rounding keeps them inside [min, max].
    return Math.min(max, Math.max(min, Number(v.toPrecision(3))));
  });
}

/** A calibration's findings. */
export interface Calibration {
  readonly best: { settings: Settings; result: LevelScore };
  /** Number of setting combinations scored. */
  readonly tried: number;
  /** Proposed [one, two, three] star thresholds from the best score. */
  readonly proposedStars: [number, number, number];
}

/** Sweeps up to `maxCombos` combinations of the unlocked settings (seeded subsample beyond that). */
export function calibrate(level: Level, maxCombos = 200, seed = 1): Calibration {
  const keys = Object.keys(level.controls) as SettingKey[];
  const values = keys.map((k) => candidateValues(level, k));
  const total = values.reduce((n, v) => n * v.length, 1);
  const picks = Array.from({ length: total }, (_, i) => i);
  if (total > maxCombos) {
    const order = Int32Array.from(picks);
    shuffleInPlace(order, createRng(seed));
    picks.length = 0;
    picks.push(...Array.from(order.slice(0, maxCombos)));
  }
  const base = levelDefaults(level);
  let best: { settings: Settings; result: LevelScore } | null = null;
  for (const index of picks) {
    let rest = index;
    const s: Record<string, unknown> = { ...base };
    keys.forEach((k, j) => {
      s[k] = values[j][rest % values[j].length];
      rest = Math.floor(rest / values[j].length);
    });
    const settings = s as Settings;
    const result = scoreLevel(level, settings);
    if (!best || result.score > best.result.score) best = { settings, result };
  }
  if (!best) best = { settings: base, result: scoreLevel(level, base) };
  const top = best.result.score;
  const proposedStars: [number, number, number] = [Math.round(top * 0.4), Math.round(top * 0.7), Math.round(top * 0.9)];
  return { best, tried: picks.length, proposedStars };
}
