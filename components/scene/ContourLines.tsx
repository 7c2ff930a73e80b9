'use client';
/**
 * Contour lines over the 3-D surface (marching squares from ./contours), drawn as one
 * LineSegments geometry lifted slightly above the surface. Each line sits at its level's height
 * exactly, so no lookup is needed. Also the sparse wireframe of the mini-batch surface.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import type { SurfaceGrid } from './types';
import { contourLevels, contourSet } from './contours';
import type { Frame3D } from './frame3d';
import { gridLinePositions, wireStride } from './gridLines';
import { gridX, gridY } from './heights';
import { COLORS, CONTOUR_LIGHT_BELOW } from './palette';

/** Number of contour levels drawn. */
export const SCENE_CONTOUR_LEVELS = 12;
const LIFT = 0.012;

const LIGHT = [1, 1, 1] as const;
const DARK = [0.01, 0.015, 0.03] as const;

/** Segment positions (x, y, z pairs) of the contours of `grid` at `levels`, in world space. */
function contourPositions(grid: SurfaceGrid, frame: Frame3D, levels: readonly number[]): { positions: Float32Array; colors: Float32Array } {
  const set = contourSet(grid.values, grid.nx, grid.ny, levels);
  const out = new Float32Array(set.count * 6);
  const colors = new Float32Array(set.count * 6);
  const sx = (grid.x[1] - grid.x[0]) / (grid.nx - 1);
  const sy = (grid.y[1] - grid.y[0]) / (grid.ny - 1);
  for (let s = 0; s < set.count; s++) {
    const level = set.levels[set.level[s]];
    const y = frame.lossY(level) + LIFT;
    const rgb = frame.hm.toUnit(level) < CONTOUR_LIGHT_BELOW ? LIGHT : DARK;
    for (let e = 0; e < 2; e++) {
      colors.set(rgb, s * 6 + e * 3);
      out[s * 6 + e * 3] = frame.worldX(gridX(grid, 0) + set.coords[s * 4 + e * 2] * sx);
      out[s * 6 + e * 3 + 1] = y;
      out[s * 6 + e * 3 + 2] = frame.worldZ(gridY(grid, 0) + set.coords[s * 4 + e * 2 + 1] * sy);
    }
  }
  return { positions: out, colors };
}

function useSegments(positions: Float32Array, colors?: Float32Array): BufferGeometry {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    if (colors) g.setAttribute('color', new BufferAttribute(colors, 3));
    g.computeBoundingSphere();
    return g;
  }, [positions, colors]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return geometry;
}

/** Props of {@link ContourLines}. */
export interface ContourLinesProps {
  grid: SurfaceGrid;
  frame: Frame3D;
  /** Explicit levels (losses); default: SCENE_CONTOUR_LEVELS levels even in unit height. */
  levels?: readonly number[];
  /** One colour for every line; default: light on the low (dark) levels, dark on the high ones. */
  color?: string;
  opacity?: number;
}

/** The surface's contour lines. */
export function ContourLines({ grid, frame, levels, color, opacity = 0.5 }: ContourLinesProps) {
  const { positions, colors } = useMemo(
    () => contourPositions(grid, frame, levels ?? contourLevels(frame.hm, SCENE_CONTOUR_LEVELS)),
    [grid, frame, levels],
  );
  const geometry = useSegments(positions, color ? undefined : colors);
  return (
    <lineSegments geometry={geometry} renderOrder={1}>
      {color ? (
        <lineBasicMaterial color={color} transparent opacity={opacity} depthWrite={false} />
      ) : (
        <lineBasicMaterial vertexColors transparent opacity={opacity} depthWrite={false} />
      )}
    </lineSegments>
  );
}

/** The mini-batch surface as a sparse translucent wireframe in the main surface's frame. */
export function BatchWire({ grid, frame }: { grid: SurfaceGrid; frame: Frame3D }) {
  const positions = useMemo(() => gridLinePositions(grid, frame, wireStride(grid), 0.01), [grid, frame]);
  const geometry = useSegments(positions);
  return (
    <lineSegments geometry={geometry} renderOrder={2}>
      <lineBasicMaterial color={COLORS.batchSurface} transparent opacity={0.7} depthWrite={false} />
    </lineSegments>
  );
}
