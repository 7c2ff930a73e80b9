/**
 * The 2-D map's per-frame layer, drawn over the cached static layer: the trajectory up to the
 * current step, ghost balls, gradient (red, downhill) and velocity (blue) arrows, and the ball.
 * Allocation-free: the caller passes a scratch point.
 */
import type { PathView, Playback } from './types';
import { arrowLength } from './arrows';
import { clamp } from './heights';
import { COLORS } from './palette';
import { samplePath, type MutablePoint } from './pathSample';
import { pxX, pxY, type Plot2D } from './plot2d';

/** Everything the dynamic layer draws. */
export interface DynamicScene {
  readonly plot: Plot2D;
  readonly path: PathView;
  readonly ghosts: readonly PathView[];
  readonly playback: Playback;
  readonly showArrows: boolean;
  /** The live preview (dashed, whole) and the previous attempt (faint), when shown. */
  readonly preview?: PathView | null;
  readonly previous?: PathView | null;
  /** Magnitudes that draw the longest gradient / velocity arrow. */
  readonly gradRef: number;
  readonly velRef: number;
}

/** Keeps far-away (diverged) points at a coordinate the canvas can still stroke. */
const FAR = 1e5;
const px = (p: Plot2D, x: number) => clamp(pxX(p, x), -FAR, FAR);
const py = (p: Plot2D, y: number) => clamp(pxY(p, y), -FAR, FAR);

/** Margin (CSS px) around the plot inside which path segments are kept as they are. */
const MARGIN = 64;
const seg = { x0: 0, y0: 0, x1: 0, y1: 0 };

/**
 * Clips the segment in `seg` to the plot grown by MARGIN (Liang–Barsky), in place; false when
 * nothing of it is inside. A diverged run's segments run for 10⁵ px: stroked whole (and
 * dashed, for the preview) they cost the canvas up to a second a frame; clipped, nothing.
 */
function clipSegment(p: Plot2D): boolean {
  const xmin = p.left - MARGIN, xmax = p.left + p.width + MARGIN;
  const ymin = p.top - MARGIN, ymax = p.top + p.height + MARGIN;
  const dx = seg.x1 - seg.x0, dy = seg.y1 - seg.y0;
  let t0 = 0, t1 = 1;
  const edges: readonly (readonly [number, number])[] = [[-dx, seg.x0 - xmin], [dx, xmax - seg.x0], [-dy, seg.y0 - ymin], [dy, ymax - seg.y0]];
  for (const [q, r] of edges) {
    if (q === 0) {
      if (r < 0) return false;
      continue;
    }
    const t = r / q;
    if (q < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
    else { if (t < t0) return false; if (t < t1) t1 = t; }
  }
  const { x0, y0 } = seg;
  seg.x0 = x0 + t0 * dx; seg.y0 = y0 + t0 * dy;
  seg.x1 = x0 + t1 * dx; seg.y1 = y0 + t1 * dy;
  return true;
}

export function tracePath(ctx: CanvasRenderingContext2D, plot: Plot2D, path: PathView, step: number, tip: MutablePoint | null): void {
  const last = Math.min(Math.floor(step), path.steps, path.x.length - 1);
  ctx.beginPath();
  // The pen's position in px, or NaN when lifted (at a non-finite point).
  let penX = Number.NaN, penY = Number.NaN;
  let drawnTo = false;
  const to = (x: number, y: number) => {
    const nx = px(plot, x), ny = py(plot, y);
    if (Number.isNaN(penX)) {
      penX = nx; penY = ny; drawnTo = false;
      return;
    }
    seg.x0 = penX; seg.y0 = penY; seg.x1 = nx; seg.y1 = ny;
    penX = nx; penY = ny;
    if (!clipSegment(plot)) { drawnTo = false; return; }
    if (!drawnTo) ctx.moveTo(seg.x0, seg.y0);
    ctx.lineTo(seg.x1, seg.y1);
    // The segment continues from its clipped end only if that end is the real point.
    drawnTo = seg.x1 === nx && seg.y1 === ny;
  };
  for (let i = 0; i <= last; i++) {
    const x = path.x[i];
    const y = path.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) { penX = Number.NaN; continue; }
    to(x, y);
  }
  if (tip && !Number.isNaN(penX)) to(tip.x, tip.y);
}

/** Strokes the current path twice: a dark halo, then the colour on top. */
function haloStroke(ctx: CanvasRenderingContext2D, halo: string, haloWidth: number, color: string, width: number): void {
  ctx.strokeStyle = halo;
  ctx.lineWidth = haloWidth;
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** Two passes per arrow: a dark halo, then the colour (null = the arrow's own colour). */
const ARROW_PASSES: readonly (readonly [string | null, number])[] = [['rgba(15, 23, 42, 0.55)', 4.5], [null, 2.5]];

function arrow(ctx: CanvasRenderingContext2D, x: number, y: number, dx: number, dy: number, len: number, color: string): void {
  const m = Math.hypot(dx, dy);
  if (len <= 0 || m === 0) return;
  const ux = dx / m;
  const uy = -dy / m; // parameter y grows upward, pixels downward
  const ex = x + ux * len;
  const ey = y + uy * len;
  const head = Math.min(9, len * 0.45);
  for (const [halo, width] of ARROW_PASSES) {
    const style = halo ?? color;
    ctx.strokeStyle = style;
    ctx.fillStyle = style;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(ex - ux * head * 0.6, ey - uy * head * 0.6);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(ex, ey);
    ctx.lineTo(ex - ux * head - uy * head * 0.55, ey - uy * head + ux * head * 0.55);
    ctx.lineTo(ex - ux * head + uy * head * 0.55, ey - uy * head - ux * head * 0.55);
    ctx.closePath();
    if (width > 3) ctx.stroke();
    ctx.fill();
  }
}

/** Draws the dynamic layer onto `ctx` (scaled to CSS px); `p` is a scratch point. */
export function drawDynamic(ctx: CanvasRenderingContext2D, scene: DynamicScene, p: MutablePoint): void {
  const { plot, path, playback } = scene;
  const step = playback.step;
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  if (scene.previous) {
    tracePath(ctx, plot, scene.previous, scene.previous.steps, null);
    ctx.strokeStyle = COLORS.previous;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  if (scene.preview) {
    tracePath(ctx, plot, scene.preview, scene.preview.steps, null);
    ctx.setLineDash([6, 5]);
    haloStroke(ctx, 'rgba(15, 23, 42, 0.45)', 3.5, COLORS.preview, 2);
    ctx.setLineDash([]);
  }

  const hasBall = samplePath(path, step, p);
  tracePath(ctx, plot, path, step, hasBall ? p : null);
  haloStroke(ctx, 'rgba(15, 23, 42, 0.5)', 4, COLORS.trail, 2);

  for (const ghost of scene.ghosts) {
    if (!samplePath(ghost, step, p)) continue;
    ctx.beginPath();
    ctx.arc(px(plot, p.x), py(plot, p.y), 4, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(248, 250, 252, 0.7)';
    ctx.fill();
    ctx.strokeStyle = 'rgba(15, 23, 42, 0.6)';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.restore();

  if (!samplePath(path, step, p)) return;
  // The ball stays visible at the plot's edge when it runs away.
  const bx = clamp(pxX(plot, p.x), plot.left, plot.left + plot.width);
  const by = clamp(pxY(plot, p.y), plot.top, plot.top + plot.height);
  const arrows = playback.arrows;
  if (scene.showArrows && arrows) {
    const maxLen = Math.max(24, 0.2 * Math.min(plot.width, plot.height));
    const [gx, gy] = arrows.grad;
    arrow(ctx, bx, by, -gx, -gy, arrowLength(Math.hypot(gx, gy), scene.gradRef, 18, maxLen), COLORS.grad);
    if (arrows.velocity) {
      const [vx, vy] = arrows.velocity;
      arrow(ctx, bx, by, vx, vy, arrowLength(Math.hypot(vx, vy), scene.velRef, 18, maxLen), COLORS.velocity);
    }
  }
  ctx.beginPath();
  ctx.arc(bx, by, 6.5, 0, 2 * Math.PI);
  ctx.fillStyle = COLORS.ball;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = COLORS.ballEdge;
  ctx.stroke();
}
