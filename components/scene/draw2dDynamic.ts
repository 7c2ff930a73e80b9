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

function tracePath(ctx: CanvasRenderingContext2D, plot: Plot2D, path: PathView, step: number, tip: MutablePoint | null): void {
  const last = Math.min(Math.floor(step), path.steps, path.x.length - 1);
  ctx.beginPath();
  let pen = false;
  for (let i = 0; i <= last; i++) {
    const x = path.x[i];
    const y = path.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) { pen = false; continue; }
    if (pen) ctx.lineTo(px(plot, x), py(plot, y));
    else ctx.moveTo(px(plot, x), py(plot, y));
    pen = true;
  }
  if (tip && pen) ctx.lineTo(px(plot, tip.x), py(plot, tip.y));
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
