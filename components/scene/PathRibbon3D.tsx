'use client';
/**
 * A whole path draped on the surface as a static ribbon: the live preview (dashed, bright) or
 * the previous attempt (faint). Built once per path (no per-frame work); the scene re-renders
 * on demand when it changes.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { PathView } from './types';
import type { Frame3D } from './frame3d';
import { COLORS } from './palette';
import { writeRibbon } from './ribbon';

/** Ribbon look per kind: colour, opacity, width, and dash length in points (0: solid). */
const STYLE = {
  preview: { color: COLORS.preview, opacity: 0.95, halfWidth: 0.035, dash: 3 },
  previous: { color: '#f8fafc', opacity: 0.45, halfWidth: 0.03, dash: 0 },
} as const;

/** At most this many points per ribbon (longer paths are thinned evenly). */
const MAX_POINTS = 1200;

/** Indices of the ribbon's quads, skipping every other run of `dash` segments when dashed. */
function ribbonIndices(n: number, dash: number): Uint32Array {
  const out: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    if (dash > 0 && Math.floor(k / dash) % 2 === 1) continue;
    const a = 2 * k;
    out.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
  }
  return Uint32Array.from(out);
}

export function PathRibbon3D({ path, frame, kind }: { path: PathView; frame: Frame3D; kind: keyof typeof STYLE }) {
  const style = STYLE[kind];
  const geometry = useMemo(() => {
    const stride = Math.max(1, Math.ceil((path.steps + 1) / MAX_POINTS));
    const px: number[] = [];
    const py: number[] = [];
    for (let i = 0; i <= path.steps; i += stride) {
      const x = path.x[i];
      const y = path.y[i];
      if (!Number.isFinite(x) || !Number.isFinite(y)) break;
      px.push(frame.clampX(x));
      py.push(frame.clampY(y));
    }
    const g = new BufferGeometry();
    if (px.length < 2) return g;
    const positions = new Float32Array(px.length * 6);
    writeRibbon(frame, px, py, px.length, style.halfWidth, 0.05, positions);
    g.setAttribute('position', new BufferAttribute(positions, 3));
    g.setIndex(new BufferAttribute(ribbonIndices(px.length, style.dash), 1));
    return g;
  }, [path, frame, style]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} frustumCulled={false} renderOrder={2}>
      <meshBasicMaterial color={style.color} transparent opacity={style.opacity} depthWrite={false} side={DoubleSide} />
    </mesh>
  );
}
