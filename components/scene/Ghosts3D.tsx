'use client';
/**
 * Ghost balls: the same settings run on other seeds, as small translucent spheres in one
 * InstancedMesh, each following its own path at the shared playback step (updated in useFrame).
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Object3D, type InstancedMesh } from 'three';
import type { PathView, Playback } from './types';
import type { Frame3D } from './frame3d';
import { COLORS } from './palette';
import { samplePath, scratchPoint } from './pathSample';

const GHOST_RADIUS = 0.12;

/** Props of {@link Ghosts3D}. */
export interface Ghosts3DProps {
  ghosts: readonly PathView[];
  frame: Frame3D;
  playback: { readonly current: Playback };
}

/** Ghost balls (renders nothing without ghosts). */
export function Ghosts3D({ ghosts, frame, playback }: Ghosts3DProps) {
  const mesh = useRef<InstancedMesh>(null);
  const s = useMemo(() => ({ dummy: new Object3D(), p: scratchPoint() }), []);

  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    const step = playback.current.step;
    for (let k = 0; k < ghosts.length; k++) {
      if (samplePath(ghosts[k], step, s.p)) {
        const x = frame.clampX(s.p.x);
        const y = frame.clampY(s.p.y);
        s.dummy.position.set(frame.worldX(x), frame.surfaceY(x, y) + GHOST_RADIUS, frame.worldZ(y));
        s.dummy.scale.setScalar(1);
      } else s.dummy.scale.setScalar(0);
      s.dummy.updateMatrix();
      m.setMatrixAt(k, s.dummy.matrix);
    }
    m.instanceMatrix.needsUpdate = true;
  });

  if (ghosts.length === 0) return null;
  // Keyed by count: a new count needs a new instance buffer (R3F disposes the old mesh's parts).
  return (
    <instancedMesh key={ghosts.length} ref={mesh} args={[undefined, undefined, ghosts.length]} frustumCulled={false}>
      <sphereGeometry args={[GHOST_RADIUS, 16, 12]} />
      <meshStandardMaterial color={COLORS.ghost} transparent opacity={0.55} depthWrite={false} />
    </instancedMesh>
  );
}
