/**
 * The 2-D map's layout: where the plot sits inside the canvas (margins for the axes, equal
 * scale on both axes so circles stay round) and parameter ↔ CSS-pixel transforms. Parameter y
 * grows upward. Pure, no DOM.
 */

/** Space (CSS px) around the plot for tick values and axis labels. */
export const MARGIN = { left: 44, right: 14, top: 14, bottom: 38 } as const;

/** The plot rectangle (CSS px) and the parameter domain it shows. */
export interface Plot2D {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  /** CSS px per parameter unit (same on both axes). */
  readonly k: number;
}

/** Fits the domain into a cssW × cssH canvas, centred, keeping equal scale on both axes. */
export function layoutPlot(
  cssW: number,
  cssH: number,
  x: readonly [number, number],
  y: readonly [number, number],
  margin: { left: number; right: number; top: number; bottom: number } = MARGIN,
): Plot2D {
  const availW = Math.max(1, cssW - margin.left - margin.right);
  const availH = Math.max(1, cssH - margin.top - margin.bottom);
  const dx = x[1] - x[0] || 1;
  const dy = y[1] - y[0] || 1;
  const k = Math.min(availW / dx, availH / dy);
  const width = dx * k;
  const height = dy * k;
  return {
    left: margin.left + (availW - width) / 2,
    top: margin.top + (availH - height) / 2,
    width,
    height,
    x,
    y,
    k,
  };
}

/** CSS-px x of parameter x. */
export function pxX(p: Plot2D, x: number): number {
  return p.left + (x - p.x[0]) * p.k;
}

/** CSS-px y of parameter y (upward). */
export function pxY(p: Plot2D, y: number): number {
  return p.top + p.height - (y - p.y[0]) * p.k;
}

/** Parameter point under CSS pixel (px, py), or null outside the plot. */
export function fromPx(p: Plot2D, px: number, py: number): [number, number] | null {
  if (px < p.left || px > p.left + p.width || py < p.top || py > p.top + p.height) return null;
  return [p.x[0] + (px - p.left) / p.k, p.y[0] + (p.top + p.height - py) / p.k];
}
