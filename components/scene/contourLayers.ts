/**
 * The 2-D map's contour layers: the surface's own, and extra ones: the mini-batch surface (dashed cyan) and the test-set
 * surface (pink), at the main surface's levels so shifts read directly, and the loss goal's own
 * level as a bold white line. Pure.
 */
import type { Goal } from '@/engine';
import type { SurfaceGrid } from './types';
import { contourLevels, contourSet } from './contours';
import type { ContourLayer } from './draw2dStatic';
import type { HeightMap } from './heights';
import { COLORS, CONTOUR_LIGHT_BELOW } from './palette';

/** Number of contour levels on the 2-D map. */
export const CONTOUR_LEVELS_2D = 12;

/** The surface's own contours: light lines over the dark low levels, dark over the bright high ones. */
export function mainLayers(surface: SurfaceGrid, hm: HeightMap): ContourLayer[] {
  const levels = contourLevels(hm, CONTOUR_LEVELS_2D);
  const low = levels.filter((v) => hm.toUnit(v) < CONTOUR_LIGHT_BELOW);
  const high = levels.filter((v) => hm.toUnit(v) >= CONTOUR_LIGHT_BELOW);
  const { values, nx, ny } = surface;
  return [
    { grid: surface, set: contourSet(values, nx, ny, low), color: 'rgba(255, 255, 255, 0.38)', width: 1 },
    { grid: surface, set: contourSet(values, nx, ny, high), color: 'rgba(15, 23, 42, 0.45)', width: 1 },
  ];
}

/** Overlay and goal contour layers, drawn after the main contours. */
export function overlayLayers(
  surface: SurfaceGrid,
  hm: HeightMap,
  goal: Goal,
  batch: SurfaceGrid | null,
  test: SurfaceGrid | null,
): ContourLayer[] {
  const levels = contourLevels(hm, CONTOUR_LEVELS_2D);
  const layers: ContourLayer[] = [];
  if (batch) {
    layers.push({ grid: batch, set: contourSet(batch.values, batch.nx, batch.ny, levels), color: COLORS.batchSurface, width: 1.25, dash: [6, 4] });
  }
  if (test) {
    layers.push({ grid: test, set: contourSet(test.values, test.nx, test.ny, levels), color: COLORS.testSurface, width: 1.25 });
  }
  if (goal.kind === 'loss' && goal.below > surface.min && goal.below < surface.max) {
    const set = contourSet(surface.values, surface.nx, surface.ny, [goal.below]);
    layers.push({ grid: surface, set, color: 'rgba(15, 23, 42, 0.5)', width: 4 });
    layers.push({ grid: surface, set, color: COLORS.goal, width: 2 });
  }
  return layers;
}
