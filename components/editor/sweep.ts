/**
 * Auto-calibration's pure parts: which setting combinations to try (a grid from the engine's
 * candidateValues, or seeded random draws inside the ranges), how to step through them in
 * slices (so a worker can report progress and be cancelled), the proposed star thresholds and
 * the solution the best combination becomes.
 */
import {
  candidateValues, createRng, isLogScale, landscapeFor, landscapeVariant, levelDefaults, scoreLevel, type Landscape, type Level, type LevelScore, type Settings,
  type SettingKey,
} from '@/engine';

/** Grid (evenly spaced candidates, subsampled when too many) or random draws. */
export type SweepMode = 'grid' | 'random';

/** The settings keys the player may change. */
export function unlockedKeys(level: Level): SettingKey[] {
  return Object.keys(level.controls) as SettingKey[];
}

/** Up to `max` grid combinations (a seeded subsample of the full grid when it is larger). */
export function gridCombos(level: Level, max: number, seed = 1): Settings[] {
  const keys = unlockedKeys(level);
  const values = keys.map((k) => candidateValues(level, k));
  const total = values.reduce((n, v) => n * v.length, 1);
  let picks: number[];
  if (total <= max) picks = Array.from({ length: total }, (_, i) => i);
  else {
    // `max` distinct grid indices drawn uniformly (no need to list a huge grid).
    const rng = createRng(seed);
    const chosen = new Set<number>();
    while (chosen.size < max) chosen.add(Math.floor(rng.next() * total));
    picks = [...chosen].sort((a, b) => a - b);
  }
  const base = levelDefaults(level);
  return picks.map((index) => {
    let rest = index;
    const s: Record<string, unknown> = { ...base };
    keys.forEach((k, j) => {
      s[k] = values[j][rest % values[j].length];
      rest = Math.floor(rest / values[j].length);
    });
    return s as Settings;
  });
}

/** 3 significant digits, kept inside the range (a solution should read "0.0707", not 17 digits). */
function nice(v: number, r: { min: number; max: number }): number {
  return Math.min(r.max, Math.max(r.min, Number(v.toPrecision(3))));
}

/** `count` seeded random combinations: uniform (log-uniform for rates and λ) inside each range. */
export function randomCombos(level: Level, count: number, seed = 1): Settings[] {
  const rng = createRng(seed);
  const base = levelDefaults(level);
  const keys = unlockedKeys(level);
  return Array.from({ length: count }, () => {
    const s: Record<string, unknown> = { ...base };
    for (const k of keys) {
      const ctl = (level.controls as Record<string, unknown>)[k] as { min: number; max: number } | { options: string[] } | object;
      const u = rng.next();
      if ('options' in ctl) s[k] = ctl.options[Math.min(ctl.options.length - 1, Math.floor(u * ctl.options.length))];
      else if (!('min' in ctl)) s[k] = u < 0.5;
      else if (k === 'batchSize') s[k] = Math.round(Math.exp(Math.log(ctl.min) + u * (Math.log(ctl.max) - Math.log(ctl.min))));
      else if (isLogScale(k, ctl.min)) s[k] = nice(Math.exp(Math.log(ctl.min) + u * (Math.log(ctl.max) - Math.log(ctl.min))), ctl);
      else s[k] = nice(ctl.min + u * (ctl.max - ctl.min), ctl);
    }
    return s as Settings;
  });
}

/** The combinations a sweep scores. */
export function sweepCombos(level: Level, mode: SweepMode, max: number, seed = 1): Settings[] {
  if (unlockedKeys(level).length === 0) return [levelDefaults(level)];
  return mode === 'grid' ? gridCombos(level, max, seed) : randomCombos(level, max, seed);
}

/** Best-so-far of a sweep. */
export interface SweepBest {
  readonly settings: Settings;
  readonly result: LevelScore;
}

/** Scores combos[from, to) and returns the better of `best` and what it found (ties keep the earlier). */
export function scoreSlice(
  level: Level,
  combos: readonly Settings[],
  from: number,
  to: number,
  best: SweepBest | null,
  // The landscape depends only on BatchNorm and standardization: each variant is built once.
  lands = new Map<string, Landscape>(),
): SweepBest | null {
  let b = best;
  for (let i = from; i < Math.min(to, combos.length); i++) {
    const variant = landscapeVariant(combos[i]);
    if (!lands.has(variant)) lands.set(variant, landscapeFor(level, combos[i]));
    const result = scoreLevel(level, combos[i], lands.get(variant));
    if (!b || result.score > b.result.score) b = { settings: combos[i], result };
  }
  return b;
}

/** Least score that may earn three stars: a mean over seeds this high needs goals reached. */
export const SOLVED_SCORE = 600;

/**
 * Star thresholds from the best achievable score: three stars at 90 % of it (never below
 * SOLVED_SCORE, never above the best itself), two at 70 %, one at 40 %, increasing.
 */
export function proposeStars(best: number): [number, number, number] {
  const three = Math.min(best, Math.max(SOLVED_SCORE, Math.round(best * 0.9)));
  const two = Math.min(three, Math.round(best * 0.7));
  const one = Math.min(two, Math.round(best * 0.4));
  return [one, two, three];
}

/** A level is solvable when the best combination reaches the goal and scores at least SOLVED_SCORE. */
export function isSolvable(best: SweepBest): boolean {
  return best.result.successRate > 0 && best.result.score >= SOLVED_SCORE;
}

/** The unlocked part of the best settings: what the level records as its solution. */
export function solutionOf(level: Level, settings: Settings): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const k of unlockedKeys(level)) out[k] = settings[k];
  return out as Partial<Settings>;
}
