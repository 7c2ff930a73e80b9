/**
 * Everything an explanation page shows, computed on the server from a level, settings and a
 * seed: the run recorded at every step, the level's score over its K seeds, the explanation
 * and the contour map of the train loss. Pure (no React), so it is tested like the engine.
 */
import { landscapeFor, scoreLevel, simulate, type Box, type Landscape, type Level, type LevelScore, type Settings, type Trace } from '@/engine';
import { explainRun, lastSaneStep, type Explanation } from '@/engine/explain';
import { contourLines, quantileLevels, type Polyline } from './contours';
import { lossGrid, viewBox } from './loss-grid';

/** Number of contour levels drawn. */
export const EXPLAIN_CONTOUR_LEVELS = 14;

/** Contour lines of the train loss over a box, in grid coordinates (0…n−1 on each axis). */
export interface ContourMap {
  readonly box: Box;
  readonly n: number;
  readonly levels: readonly { readonly value: number; readonly lines: readonly Polyline[] }[];
  /** The goal's iso-line (train-loss goals only), or null. */
  readonly goalLines: readonly Polyline[] | null;
}

/** A run, explained, with what the charts need. */
export interface RunView {
  readonly level: Level;
  readonly settings: Settings;
  readonly seed: number;
  readonly land: Landscape;
  readonly trace: Trace;
  /** Last step drawn (the run's end, or the last step before it ran off). */
  readonly last: number;
  readonly score: LevelScore;
  readonly explanation: Explanation;
  readonly map: ContourMap;
}

/** Simulates, scores and explains one seed of a level with validated settings. */
export function prepareRunView(level: Level, settings: Settings, seed: number): RunView {
  const land = landscapeFor(level, settings);
  const trace = simulate(level, settings, seed, { record: 'every-step', landscape: land });
  const score = scoreLevel(level, settings, land);
  const explanation = explainRun(level, settings, trace, land, { score });
  const last = lastSaneStep(trace, land);
  return { level, settings, seed, land, trace, last, score, explanation, map: contourMap(level, settings, land, trace, last) };
}

/** The contour map around the domain and the path. */
export function contourMap(level: Level, settings: Settings, land: Landscape, trace: Trace, last: number): ContourMap {
  return contourMapOver(level, settings, land, viewBox(land, trace.x, trace.y, last));
}

/** The contour map of a level over a box (its domain for a map with no one run in it). */
export function contourMapOver(level: Level, settings: Settings, land: Landscape, box: Box): ContourMap {
  const grid = lossGrid(land, box, settings);
  const levels = quantileLevels(grid.values, EXPLAIN_CONTOUR_LEVELS).map((value) => ({ value, lines: contourLines(grid, value) }));
  const goal = level.goal;
  const goalLines = goal.kind === 'loss' && goal.split === 'train' ? contourLines(grid, goal.below) : null;
  return { box, n: grid.nx, levels, goalLines: goalLines?.length ? goalLines : null };
}
