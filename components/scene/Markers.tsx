'use client';
/**
 * Start and goal markers on the 3-D surface. A region goal is a translucent disc draped on the
 * surface with a white ring at its edge; a loss goal is a translucent horizontal plane at that
 * loss's height over the pools below it (when inside the surface's range) plus the white contour
 * where it cuts the surface. The landscape's minimum, when known, is a small white diamond.
 * Their text labels are HTML (see LabelLayer).
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { Goal } from '@/engine';
import type { SurfaceGrid } from './types';
import { ContourLines } from './ContourLines';
import type { Frame3D } from './frame3d';
import { gridX, gridY } from './heights';
import { COLORS } from './palette';
import { ribbonIndex, writeRibbon } from './ribbon';

const RING_SEGMENTS = 96;
const DISC_RINGS = 8;

/** A disc draped on the surface: centre + DISC_RINGS rings of RING_SEGMENTS vertices. */
function discGeometry(frame: Frame3D, cx: number, cy: number, r: number, lift: number): BufferGeometry {
  const pos = new Float32Array((1 + DISC_RINGS * RING_SEGMENTS) * 3);
  const put = (v: number, x: number, y: number) => {
    pos[v * 3] = frame.worldX(x);
    pos[v * 3 + 1] = frame.surfaceY(x, y) + lift;
    pos[v * 3 + 2] = frame.worldZ(y);
  };
  put(0, cx, cy);
  const index: number[] = [];
  for (let ring = 1; ring <= DISC_RINGS; ring++) {
    const rr = (r * ring) / DISC_RINGS;
    for (let s = 0; s < RING_SEGMENTS; s++) {
      const a = (2 * Math.PI * s) / RING_SEGMENTS;
      put(1 + (ring - 1) * RING_SEGMENTS + s, cx + rr * Math.cos(a), cy + rr * Math.sin(a));
      const cur = 1 + (ring - 1) * RING_SEGMENTS;
      const nxt = (s + 1) % RING_SEGMENTS;
      if (ring === 1) index.push(0, cur + s, cur + nxt);
      else {
        const prev = cur - RING_SEGMENTS;
        index.push(prev + s, cur + s, cur + nxt, prev + s, cur + nxt, prev + nxt);
      }
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}

/** The goal disc's edge as a ribbon draped on the surface. */
function ringGeometry(frame: Frame3D, cx: number, cy: number, r: number, halfWidth: number): BufferGeometry {
  const n = RING_SEGMENTS + 1;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const a = (2 * Math.PI * s) / RING_SEGMENTS;
    xs[s] = cx + r * Math.cos(a);
    ys[s] = cy + r * Math.sin(a);
  }
  const pos = new Float32Array(n * 6);
  writeRibbon(frame, xs, ys, n, halfWidth, 0.035, pos, true);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setIndex(new BufferAttribute(ribbonIndex(n), 1));
  g.computeBoundingSphere();
  return g;
}

function useDisposable<T extends { dispose(): void }>(make: () => T, deps: readonly unknown[]): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const value = useMemo(make, deps);
  useEffect(() => () => value.dispose(), [value]);
  return value;
}

function RegionGoal({ frame, center, radius }: { frame: Frame3D; center: readonly [number, number]; radius: number }) {
  const [cx, cy] = center;
  const disc = useDisposable(() => discGeometry(frame, cx, cy, radius, 0.02), [frame, cx, cy, radius]);
  const ring = useDisposable(() => ringGeometry(frame, cx, cy, radius, 0.035), [frame, cx, cy, radius]);
  const halo = useDisposable(() => ringGeometry(frame, cx, cy, radius, 0.07), [frame, cx, cy, radius]);
  return (
    <group>
      <mesh geometry={disc} renderOrder={2}>
        <meshBasicMaterial color={COLORS.goalFill} transparent opacity={0.3} depthWrite={false} side={DoubleSide} />
      </mesh>
      <mesh geometry={halo} renderOrder={3}>
        <meshBasicMaterial color={COLORS.halo} transparent opacity={0.4} depthWrite={false} side={DoubleSide} />
      </mesh>
      <mesh geometry={ring} renderOrder={3}>
        <meshBasicMaterial color={COLORS.goal} side={DoubleSide} />
      </mesh>
    </group>
  );
}

/**
 * The horizontal plane at the goal's loss, kept only over cells where the surface dips below
 * it (a "water level" filling the pools that count as the goal), so no sheet sticks out past
 * the surface's edges.
 */
function poolGeometry(grid: SurfaceGrid, frame: Frame3D, below: number): BufferGeometry {
  const { nx, ny, values } = grid;
  const y = frame.lossY(below);
  const pos = new Float32Array(nx * ny * 3);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = (j * nx + i) * 3;
      pos[k] = frame.worldX(gridX(grid, i));
      pos[k + 1] = y;
      pos[k + 2] = frame.worldZ(gridY(grid, j));
    }
  }
  const index: number[] = [];
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = j * nx + i;
      const lowest = Math.min(values[a], values[a + 1], values[a + nx], values[a + nx + 1]);
      if (lowest < below) index.push(a, a + 1, a + nx, a + 1, a + nx + 1, a + nx); // NaN: min is NaN, skipped
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}

function LossGoal({ grid, frame, below }: { grid: SurfaceGrid; frame: Frame3D; below: number }) {
  const levels = useMemo(() => [below], [below]);
  const pool = useDisposable(() => poolGeometry(grid, frame, below), [grid, frame, below]);
  const u = frame.hm.toUnit(below);
  if (!(u >= 0 && u <= 1)) return null;
  return (
    <group>
      <mesh geometry={pool} renderOrder={4}>
        <meshBasicMaterial color={COLORS.goalFill} transparent opacity={0.3} depthWrite={false} side={DoubleSide} />
      </mesh>
      <ContourLines grid={grid} frame={frame} levels={levels} color={COLORS.goal} opacity={0.95} />
    </group>
  );
}

/** A pin standing on the surface at the start. */
function StartPin({ frame, start }: { frame: Frame3D; start: readonly [number, number] }) {
  const [x, y] = start;
  const h = frame.surfaceY(frame.clampX(x), frame.clampY(y));
  const wx = frame.worldX(frame.clampX(x));
  const wz = frame.worldZ(frame.clampY(y));
  return (
    <group position={[wx, h, wz]}>
      <mesh position={[0, 0.35, 0]}>
        <cylinderGeometry args={[0.03, 0.03, 0.7, 8]} />
        <meshStandardMaterial color={COLORS.startStem} />
      </mesh>
      <mesh position={[0, 0.76, 0]}>
        <sphereGeometry args={[0.12, 20, 14]} />
        <meshStandardMaterial color={COLORS.start} emissive={COLORS.start} emissiveIntensity={0.25} />
      </mesh>
    </group>
  );
}

/** The minimum: a small white diamond with a dark core, resting on the surface. */
function MinMarker({ frame, at }: { frame: Frame3D; at: readonly [number, number] }) {
  const [x, y] = at;
  return (
    <group position={[frame.worldX(x), frame.surfaceY(x, y) + 0.11, frame.worldZ(y)]} renderOrder={4}>
      <mesh>
        <octahedronGeometry args={[0.11, 0]} />
        <meshBasicMaterial color={COLORS.start} />
      </mesh>
      <mesh scale={1.45}>
        <octahedronGeometry args={[0.11, 0]} />
        <meshBasicMaterial color={COLORS.halo} transparent opacity={0.45} depthWrite={false} wireframe />
      </mesh>
    </group>
  );
}

/** Props of {@link Markers}. */
export interface MarkersProps {
  grid: SurfaceGrid;
  frame: Frame3D;
  start: readonly [number, number];
  goal: Goal;
  /** The landscape's minimum (marked with a small diamond), or null. */
  minimum?: readonly [number, number] | null;
}

/** Start pin, goal marker and minimum. */
export function Markers({ grid, frame, start, goal, minimum }: MarkersProps) {
  return (
    <>
      <StartPin frame={frame} start={start} />
      {minimum ? <MinMarker frame={frame} at={minimum} /> : null}
      {goal.kind === 'region' ? (
        <RegionGoal frame={frame} center={goal.center} radius={goal.radius} />
      ) : (
        <LossGoal grid={grid} frame={frame} below={goal.below} />
      )}
    </>
  );
}
