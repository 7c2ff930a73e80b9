'use client';
/** The 3-D axis lines and tick marks (see axes3d.ts; their labels are HTML, see LabelLayer). */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';

/** Axis lines from a flat (x, y, z) pair list. */
export function Axes3D({ segments }: { segments: Float32Array }) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(segments, 3));
    g.computeBoundingSphere();
    return g;
  }, [segments]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry} renderOrder={1}>
      <lineBasicMaterial color="#334155" transparent opacity={0.85} />
    </lineSegments>
  );
}
