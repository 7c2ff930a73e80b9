/**
 * Layout of the 3-D axes, pure (no three.js): w₁ and w₂ along the two floor edges of the domain
 * nearest the default camera, the loss upright at the far corner of the w₂ edge, each with tick
 * marks and label anchors (world points; the labels themselves are HTML, see LabelLayer). The
 * w₁ title sits past the axis's end, the w₂ title beside its middle, the loss title on top.
 */
import type { Frame3D } from './frame3d';
import { WORLD } from './frame3d';
import { axisTicks, lossTicks } from './ticks';
import { EN, type Translate } from '@/components/i18n/translate';

/** A text anchored at a world point. */
export interface WorldLabel {
  readonly key: string;
  readonly text: string;
  readonly world: readonly [number, number, number];
  readonly kind: 'tick' | 'title';
  readonly axis: 'x' | 'y' | 'loss';
}

/** Segments (x, y, z pairs) of the axis lines and ticks, and their labels. */
export interface AxesLayout {
  readonly segments: Float32Array;
  readonly labels: WorldLabel[];
}

/** Sizes (world units). */
export const AXES = {
  tick: 0.16,
  /** Tick labels sit this far out from their axis. */
  labelGap: 0.5,
  /** Axis titles sit this far past the axis's end. */
  titleGap: 0.7,
  /** Loss ticks below this unit height are left out (the legend labels the minimum). */
  lossFoot: 0.08,
} as const;

/** Ticks along a world length (about one per 2.5 units, at least 3). */
function tickTarget(worldLength: number): number {
  return Math.max(3, Math.round(worldLength / 2.5));
}

/**
 * The axes for a camera at `azimuth` (radians, as in framing.ts): the w₁ axis on the floor edge
 * facing the camera, the w₂ axis on the side edge facing it, the loss axis upright at the far end
 * of the w₂ axis.
 */
export function axesLayout(frame: Frame3D, azimuth: number, names: readonly [string, string], t: Translate = EN): AxesLayout {
  const { grid, halfX, halfZ } = frame;
  const sz = Math.cos(azimuth) >= 0 ? 1 : -1; // the w₁ axis runs along z = sz·halfZ
  const sx = Math.sin(azimuth) >= 0 ? 1 : -1; // the w₂ axis runs along x = sx·halfX
  const z1 = sz * halfZ;
  const x2 = sx * halfX;
  const zFar = -z1; // the loss axis stands at (x2, zFar)
  const seg: number[] = [];
  const labels: WorldLabel[] = [];
  const line = (a: readonly number[], b: readonly number[]) => seg.push(a[0], a[1], a[2], b[0], b[1], b[2]);

  // w₁: along world x.
  line([-halfX, 0, z1], [halfX, 0, z1]);
  for (const t of axisTicks(grid.x[0], grid.x[1], tickTarget(2 * halfX))) {
    const wx = frame.worldX(t.value);
    line([wx, 0, z1], [wx, 0, z1 + sz * AXES.tick]);
    labels.push({ key: `x${t.value}`, text: t.label, world: [wx, 0, z1 + sz * AXES.labelGap], kind: 'tick', axis: 'x' });
  }
  const xEnd = frame.worldX(grid.x[1]);
  labels.push({ key: 'x-title', text: names[0], world: [xEnd + AXES.titleGap, 0, z1 + sz * AXES.labelGap], kind: 'title', axis: 'x' });

  // w₂: along world z (parameter y grows toward −z).
  line([x2, 0, -halfZ], [x2, 0, halfZ]);
  for (const t of axisTicks(grid.y[0], grid.y[1], tickTarget(2 * halfZ))) {
    const wz = frame.worldZ(t.value);
    line([x2, 0, wz], [x2 + sx * AXES.tick, 0, wz]);
    labels.push({ key: `y${t.value}`, text: t.label, world: [x2 + sx * AXES.labelGap, 0, wz], kind: 'tick', axis: 'y' });
  }
  // Beside the middle of the axis, past its ticks (its far end is the loss axis's foot).
  labels.push({ key: 'y-title', text: names[1], world: [x2 + sx * (AXES.labelGap + AXES.titleGap), 0, 0], kind: 'title', axis: 'y' });

  // Loss: upright at (x2, zFar).
  line([x2, 0, zFar], [x2, WORLD.height, zFar]);
  for (const t of lossTicks(frame.hm, 4)) {
    // The foot of the axis is the floor, where the w₂ ticks are: no loss tick there.
    if (!(t.unit >= AXES.lossFoot && t.unit <= 1)) continue;
    const wy = t.unit * WORLD.height;
    line([x2, wy, zFar], [x2 + sx * AXES.tick, wy, zFar]);
    labels.push({ key: `l${t.value}`, text: t.label, world: [x2 + sx * AXES.labelGap, wy, zFar], kind: 'tick', axis: 'loss' });
  }
  const logged = t(frame.hm.mode === 'log' ? 'scene.lossLog' : 'scene.loss');
  labels.push({ key: 'l-title', text: logged, world: [x2, WORLD.height + AXES.titleGap * 0.6, zFar], kind: 'title', axis: 'loss' });

  return { segments: Float32Array.from(seg), labels };
}
