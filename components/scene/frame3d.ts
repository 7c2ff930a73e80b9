/**
 * The 3-D scene's coordinate frame: parameter (x, y) and loss ↔ three.js world coordinates.
 * The domain's longer side spans {@link WORLD.size} world units around the origin (aspect kept);
 * parameter x runs along world +x, parameter y along world −z (so from the default camera, y
 * grows "into" the screen, like the 2-D map's y grows upward); the loss, through a
 * {@link HeightMap}, spans world y ∈ [0, {@link WORLD.height}]. Pure, no three.js.
 */
import type { HeightMode, SurfaceGrid } from './types';
import { bilinear, clamp, gridHeightMap, type HeightMap } from './heights';

/** Fixed visual proportions of the scene (world units). */
export const WORLD = {
  /** Length of the domain's longer side. */
  size: 10,
  /** Height of the surface's full loss range. */
  height: 3.2,
  /** How far outside the domain (fraction of its half-size) a runaway ball is still drawn. */
  overshoot: 0.15,
} as const;

/** Parameter ↔ world mapping for one surface. */
export interface Frame3D {
  readonly grid: SurfaceGrid;
  readonly hm: HeightMap;
  /** World units per parameter unit. */
  readonly scale: number;
  /** Half extents of the surface in world x and z. */
  readonly halfX: number;
  readonly halfZ: number;
  worldX(x: number): number;
  worldZ(y: number): number;
  paramX(wx: number): number;
  paramY(wz: number): number;
  /** World height of a loss (unit height × WORLD.height, clamped to a sane band). */
  lossY(v: number): number;
  /** World height of the surface at parameter (x, y) (bilinear), 0 where it is all NaN. */
  surfaceY(x: number, y: number): number;
  /** Clamps a parameter x / y to the drawable band around the domain. */
  clampX(x: number): number;
  clampY(y: number): number;
}

/** Builds the frame of a surface in a height mode. */
export function frame3d(grid: SurfaceGrid, mode: HeightMode): Frame3D {
  const hm = gridHeightMap(grid, mode);
  const [x0, x1] = grid.x;
  const [y0, y1] = grid.y;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const scale = WORLD.size / Math.max(x1 - x0, y1 - y0);
  const halfX = ((x1 - x0) / 2) * scale;
  const halfZ = ((y1 - y0) / 2) * scale;
  const over = 1 + WORLD.overshoot;
  const lossY = (v: number) => {
    const u = hm.toUnit(v);
    return Number.isNaN(u) ? WORLD.height : clamp(u, -0.5, 1.5) * WORLD.height;
  };
  return {
    grid,
    hm,
    scale,
    halfX,
    halfZ,
    worldX: (x) => (x - cx) * scale,
    worldZ: (y) => -(y - cy) * scale,
    paramX: (wx) => cx + wx / scale,
    paramY: (wz) => cy - wz / scale,
    lossY,
    surfaceY: (x, y) => {
      const v = bilinear(grid, x, y);
      return Number.isNaN(v) ? 0 : lossY(v);
    },
    clampX: (x) => clamp(x, cx - ((x1 - x0) / 2) * over, cx + ((x1 - x0) / 2) * over),
    clampY: (y) => clamp(y, cy - ((y1 - y0) / 2) * over, cy + ((y1 - y0) / 2) * over),
  };
}
