/**
 * The labelled points of a view — start, goal and the landscape's minimum — shared by the 3-D
 * scene (HTML labels over the canvas) and the 2-D map (canvas text), plus the points the 3-D
 * camera keeps in sight. Pure, no DOM.
 */
import type { Goal } from '@/engine';
import type { PathView, SurfaceGrid } from './types';
import { fmt } from './describe';
import { EN, type Translate } from '@/components/i18n/translate';
import { gridX, gridY } from './heights';

/** Parameter coordinates of the grid's lowest finite value (first one on ties); null when all NaN. */
export function gridArgmin(grid: SurfaceGrid): [number, number] | null {
  const { values, nx } = grid;
  let best = -1;
  let lo = Number.POSITIVE_INFINITY;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v < lo) { lo = v; best = k; } // NaN never compares below
  }
  return best < 0 ? null : [gridX(grid, best % nx), gridY(grid, Math.floor(best / nx))];
}

/**
 * The minimum to mark: the one given (null: none), else the grid's argmin. Only points inside
 * the surface's domain are marked.
 */
export function resolveMinimum(grid: SurfaceGrid, given: readonly [number, number] | null | undefined): readonly [number, number] | null {
  const m = given === undefined ? gridArgmin(grid) : given;
  if (!m || !Number.isFinite(m[0]) || !Number.isFinite(m[1])) return null;
  const inside = m[0] >= grid.x[0] && m[0] <= grid.x[1] && m[1] >= grid.y[0] && m[1] <= grid.y[1];
  return inside ? m : null;
}

/** Where a label sits relative to its anchor. */
export type LabelPlacement = 'above' | 'below' | 'right';

/** A labelled marker: what it marks, its text and its parameter point. */
export interface MarkerLabel {
  readonly id: 'start' | 'goal' | 'min';
  readonly text: string;
  readonly at: readonly [number, number];
  readonly placement: LabelPlacement;
}

/** Short text for the goal: "goal" for a region, "goal: loss < X" for a loss threshold. */
export function goalText(goal: Goal, t: Translate = EN): string {
  if (goal.kind === 'region') return t('scene.goal');
  return t(goal.split === 'test' ? 'scene.goalTestLoss' : 'scene.goalLoss', { below: fmt(goal.below) });
}

/**
 * The labels of a view. A loss goal's label sits at the minimum (inside the pool that counts);
 * the goal's label goes above its point and the minimum's below, so they never cover each
 * other when the goal is at the minimum.
 */
export function markerLabels(start: readonly [number, number], goal: Goal, minimum: readonly [number, number] | null, t: Translate = EN): MarkerLabel[] {
  const out: MarkerLabel[] = [{ id: 'start', text: t('scene.start'), at: start, placement: 'above' }];
  if (goal.kind === 'region') out.push({ id: 'goal', text: goalText(goal, t), at: goal.center, placement: 'above' });
  else if (minimum) out.push({ id: 'goal', text: goalText(goal, t), at: minimum, placement: 'above' });
  if (minimum) out.push({ id: 'min', text: t('scene.min'), at: minimum, placement: 'below' });
  return out;
}

/** Up to `max` positions of a path (evenly spaced steps), for the camera's sight checks. */
export function pathSamples(path: PathView | null, max = 16): [number, number][] {
  if (!path || path.steps <= 0) return [];
  const out: [number, number][] = [];
  const n = Math.min(max, path.steps + 1);
  for (let k = 0; k < n; k++) {
    const i = Math.round((k * path.steps) / Math.max(1, n - 1));
    const x = path.x[i];
    const y = path.y[i];
    if (Number.isFinite(x) && Number.isFinite(y)) out.push([x, y]);
  }
  return out;
}

/** The points the default camera must see: start, goal, minimum, the way between, the path. */
export function pointsOfInterest(start: readonly [number, number], goal: Goal, minimum: readonly [number, number] | null, path: PathView | null): [number, number][] {
  const goalAt = goal.kind === 'region' ? goal.center : minimum;
  const pts: [number, number][] = [[start[0], start[1]]];
  if (goalAt) {
    for (let k = 1; k <= 4; k++) {
      const t = k / 4;
      pts.push([start[0] + (goalAt[0] - start[0]) * t, start[1] + (goalAt[1] - start[1]) * t]);
    }
  }
  if (minimum) pts.push([minimum[0], minimum[1]]);
  return pts.concat(pathSamples(path));
}
