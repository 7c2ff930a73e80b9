/**
 * The contour lines of a projection run's loss grid, in the shape the shared map frame draws
 * (components/explain/MapFrame.tsx): levels at evenly spaced quantiles of the grid's finite
 * values, so lines spread over the picture whatever the loss's range. Pure.
 */
import { contourLines, quantileLevels, type Polyline } from '@/components/explain/contours';
import type { ProjectionResult } from './projection-run';

/** Number of contour levels drawn on the plane. */
const LEVELS = 14;

/** A projection's contour map: its box, the grid side and each level's lines (grid coordinates). */
export interface ProjectionContours {
  readonly box: ProjectionResult['box'];
  readonly n: number;
  readonly levels: readonly { readonly value: number; readonly lines: readonly Polyline[] }[];
}

/** The contour map of a run's loss grid. */
export function projectionContours(result: Pick<ProjectionResult, 'box' | 'res' | 'grid'>): ProjectionContours {
  const g = { nx: result.res, ny: result.res, values: result.grid };
  const levels = quantileLevels(result.grid, LEVELS).map((value) => ({ value, lines: contourLines(g, value) }));
  return { box: result.box, n: result.res, levels };
}
