'use client';
/**
 * The loss surface as a three.js mesh: one BufferGeometry per grid size whose positions, colours
 * and index are rewritten in place when the grid (or height mode) changes. Variants: the main
 * surface (viridis, lit, pickable) and the test-set overlay (translucent, one colour).
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { SurfaceGrid } from './types';
import type { Frame3D } from './frame3d';
import { allocSurface, writeSurface } from './surfaceGeometry';
import { COLORS } from './palette';

/** Props of {@link SurfaceMesh}. */
export interface SurfaceMeshProps {
  grid: SurfaceGrid;
  /** The main surface's frame (the overlays share its height scale, so they compare). */
  frame: Frame3D;
  variant: 'main' | 'test';
  /** Click on the surface → parameter coordinates (main variant only). */
  onPick?: (x: number, y: number) => void;
}

/** Pointer travel (px) above which a click is an orbit drag, not a pick. */
const PICK_SLOP = 5;

/** Sets the canvas's cursor (the pointer event's DOM target). */
function setCursor(e: ThreeEvent<PointerEvent>, cursor: string): void {
  const el = e.nativeEvent.target;
  if (el instanceof HTMLElement) el.style.cursor = cursor;
}

/** A surface mesh whose geometry is updated in place. */
export function SurfaceMesh({ grid, frame, variant, onPick }: SurfaceMeshProps) {
  const { nx, ny } = grid;
  const { geometry, buffers } = useMemo(() => {
    const buffers = allocSurface(nx, ny);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
    geometry.setAttribute('color', new BufferAttribute(buffers.colors, 3));
    geometry.setIndex(new BufferAttribute(buffers.index, 1));
    return { geometry, buffers };
  }, [nx, ny]);

  useEffect(() => () => geometry.dispose(), [geometry]);

  useLayoutEffect(() => {
    const count = writeSurface(grid, frame, buffers);
    // Zero the unused tail: degenerate triangles add nothing to the computed normals.
    buffers.index.fill(0, count);
    geometry.setDrawRange(0, count);
    geometry.getAttribute('position').needsUpdate = true;
    geometry.getAttribute('color').needsUpdate = true;
    geometry.getIndex()!.needsUpdate = true;
    geometry.computeVertexNormals();
    geometry.computeBoundingSphere();
    geometry.computeBoundingBox();
  }, [geometry, buffers, grid, frame]);

  const handleClick = useMemo(() => {
    if (!onPick || variant !== 'main') return undefined;
    return (e: ThreeEvent<MouseEvent>) => {
      if (e.delta > PICK_SLOP) return;
      e.stopPropagation();
      onPick(frame.paramX(e.point.x), frame.paramY(e.point.z));
    };
  }, [onPick, variant, frame]);

  if (variant === 'test') {
    return (
      <mesh geometry={geometry} renderOrder={2}>
        <meshBasicMaterial color={COLORS.testSurface} transparent opacity={0.28} depthWrite={false} side={DoubleSide} />
      </mesh>
    );
  }
  return (
    <mesh
      geometry={geometry}
      onClick={handleClick}
      onPointerOver={handleClick ? (e) => setCursor(e, 'crosshair') : undefined}
      onPointerOut={handleClick ? (e) => setCursor(e, '') : undefined}
    >
      <meshStandardMaterial
        vertexColors
        roughness={0.8}
        metalness={0}
        side={DoubleSide}
        polygonOffset
        polygonOffsetFactor={1}
        polygonOffsetUnits={1}
      />
    </mesh>
  );
}
