/**
 * The 2-D map's static layer, redrawn only when the surface, goal, size or layers change: the
 * surface image, contour lines (and the optional mini-batch / test-set contours), the goal, the
 * start and the minimum with their labels ("start", "goal", "min"), the plot frame, tick values
 * at the domain edges and the axis labels.
 */
import type { Goal } from '@/engine';
import type { SurfaceGrid } from './types';
import type { ContourSet } from './contours';
import { fmt } from './describe';
import { gridX, gridY } from './heights';
import { markerLabels, type MarkerLabel } from './landmarks';
import { COLORS } from './palette';
import { pxX, pxY, type Plot2D } from './plot2d';
import { EN, type Translate } from '@/components/i18n/translate';

/** A set of contour lines to stroke, with its grid (for coordinates) and style. */
export interface ContourLayer {
  readonly grid: SurfaceGrid;
  readonly set: ContourSet;
  readonly color: string;
  readonly width: number;
  readonly dash?: readonly number[];
}

/** Everything the static layer draws. */
export interface StaticScene {
  readonly plot: Plot2D;
  readonly grid: SurfaceGrid;
  /** The surface as an nx × ny image (see surfaceRGBA), or null while none. */
  readonly image: CanvasImageSource | null;
  /** Main contours first, then overlays and the loss-goal contour. */
  readonly contours: readonly ContourLayer[];
  readonly start: readonly [number, number];
  readonly goal: Goal;
  readonly axes: readonly [string, string];
  /** The minimum to mark (see resolveMinimum), or null. */
  readonly minimum?: readonly [number, number] | null;
  /** The labels' language (English by default). */
  readonly t?: Translate;
}

const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Strokes one contour layer as a single path. */
export function strokeContours(ctx: CanvasRenderingContext2D, plot: Plot2D, layer: ContourLayer): void {
  const { grid, set } = layer;
  const sx = (grid.x[1] - grid.x[0]) / (grid.nx - 1);
  const sy = (grid.y[1] - grid.y[0]) / (grid.ny - 1);
  const x0 = gridX(grid, 0);
  const y0 = gridY(grid, 0);
  ctx.beginPath();
  for (let s = 0; s < set.count; s++) {
    const c = s * 4;
    ctx.moveTo(pxX(plot, x0 + set.coords[c] * sx), pxY(plot, y0 + set.coords[c + 1] * sy));
    ctx.lineTo(pxX(plot, x0 + set.coords[c + 2] * sx), pxY(plot, y0 + set.coords[c + 3] * sy));
  }
  ctx.strokeStyle = layer.color;
  ctx.lineWidth = layer.width;
  ctx.setLineDash(layer.dash ?? []);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Draws the static layer onto `ctx` (already scaled to CSS px), cssW × cssH. */
export function drawStatic(ctx: CanvasRenderingContext2D, cssW: number, cssH: number, scene: StaticScene): void {
  const { plot, grid } = scene;
  ctx.clearRect(0, 0, cssW, cssH);
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  ctx.fillStyle = COLORS.nan;
  ctx.fillRect(plot.left, plot.top, plot.width, plot.height);
  if (scene.image) {
    // Grid values sit at pixel centres: stretch half a cell past each edge.
    const cw = plot.width / (grid.nx - 1);
    const ch = plot.height / (grid.ny - 1);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(scene.image, plot.left - cw / 2, plot.top - ch / 2, plot.width + cw, plot.height + ch);
  }
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const layer of scene.contours) strokeContours(ctx, plot, layer);
  drawGoal(ctx, plot, scene.goal);
  if (scene.minimum) drawMin(ctx, plot, scene.minimum);
  drawStart(ctx, plot, scene.start);
  ctx.restore();
  for (const label of markerLabels(scene.start, scene.goal, scene.minimum ?? null, scene.t ?? EN)) drawLabel(ctx, plot, label, scene.goal);
  drawAxes(ctx, plot, scene.axes);
}

function drawGoal(ctx: CanvasRenderingContext2D, plot: Plot2D, goal: Goal): void {
  if (goal.kind !== 'region') return; // a loss goal is drawn as its contour (see Contour2D)
  const cx = pxX(plot, goal.center[0]);
  const cy = pxY(plot, goal.center[1]);
  const r = Math.max(3, goal.radius * plot.k);
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  ctx.fillStyle = 'rgba(240, 171, 252, 0.28)';
  ctx.fill();
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.45)';
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = COLORS.goal;
  ctx.stroke();
}

function drawStart(ctx: CanvasRenderingContext2D, plot: Plot2D, start: readonly [number, number]): void {
  const x = pxX(plot, start[0]);
  const y = pxY(plot, start[1]);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  ctx.fillStyle = COLORS.start;
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.8)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.rect(x - 4.5, y - 4.5, 9, 9);
  ctx.fill();
  ctx.stroke();
}

function drawMin(ctx: CanvasRenderingContext2D, plot: Plot2D, at: readonly [number, number]): void {
  const x = pxX(plot, at[0]);
  const y = pxY(plot, at[1]);
  ctx.beginPath();
  ctx.moveTo(x, y - 5.5);
  ctx.lineTo(x + 4.5, y);
  ctx.lineTo(x, y + 5.5);
  ctx.lineTo(x - 4.5, y);
  ctx.closePath();
  ctx.fillStyle = COLORS.start;
  ctx.strokeStyle = 'rgba(15, 23, 42, 0.8)';
  ctx.lineWidth = 1.5;
  ctx.fill();
  ctx.stroke();
}

/** A marker's label: white text on a dark pill, above or below its point (kept inside the plot). */
function drawLabel(ctx: CanvasRenderingContext2D, plot: Plot2D, label: MarkerLabel, goal: Goal): void {
  const x = pxX(plot, label.at[0]);
  const y = pxY(plot, label.at[1]);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  // Clear the marker itself: the start square, the goal disc's edge, the min diamond.
  const reach = label.id === 'goal' && goal.kind === 'region' ? Math.max(3, goal.radius * plot.k) : 6;
  ctx.font = `600 11px ${FONT}`;
  const w = ctx.measureText(label.text).width + 8;
  const h = 15;
  const left = Math.min(Math.max(x - w / 2, plot.left + 1), plot.left + plot.width - w - 1);
  let top = label.placement === 'below' ? y + reach + 3 : y - reach - 3 - h;
  top = Math.min(Math.max(top, plot.top + 1), plot.top + plot.height - h - 1);
  ctx.fillStyle = 'rgba(15, 23, 42, 0.82)';
  ctx.beginPath();
  ctx.roundRect(left, top, w, h, 3);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(label.text, left + 4, top + h / 2 + 0.5);
}

function drawAxes(ctx: CanvasRenderingContext2D, plot: Plot2D, axes: readonly [string, string]): void {
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = 1;
  ctx.strokeRect(plot.left - 0.5, plot.top - 0.5, plot.width + 1, plot.height + 1);
  ctx.fillStyle = '#475569';
  ctx.font = `11px ${FONT}`;
  // Tick values at the domain's edges.
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(fmt(plot.x[0]), plot.left, bottom + 4);
  ctx.textAlign = 'right';
  ctx.fillText(fmt(plot.x[1]), right, bottom + 4);
  ctx.textBaseline = 'bottom';
  ctx.fillText(fmt(plot.y[0]), plot.left - 5, bottom);
  ctx.textBaseline = 'top';
  ctx.fillText(fmt(plot.y[1]), plot.left - 5, plot.top);
  // Axis labels.
  ctx.fillStyle = '#1e293b';
  ctx.font = `600 13px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(axes[0], plot.left + plot.width / 2, bottom + 18);
  ctx.save();
  ctx.translate(plot.left - 16, plot.top + plot.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'bottom';
  ctx.fillText(axes[1], 0, 0);
  ctx.restore();
}
