'use client';
/**
 * Gradient and velocity arrows at the ball (THREE.ArrowHelper, created once, updated in
 * useFrame from `playback.current.arrows`). The gradient arrow (red) points downhill, along
 * −∇L; the velocity arrow (blue) points along the velocity as given (the direction the ball is
 * moving). Both follow the surface's slope in that direction so they never dive into the terrain.
 */
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { ArrowHelper, Vector3 } from 'three';
import type { PathView, Playback } from '@/components/player/types';
import { arrowLength, gradRef, velocityRef } from './arrows';
import { TRAIL } from './BallTrail';
import type { Frame3D } from './frame3d';
import { COLORS } from './palette';
import { samplePath, scratchPoint } from './pathSample';

const LEN = { min: 0.35, max: 2.2 } as const;

/** Props of {@link Arrows3D}. */
export interface Arrows3DProps {
  path: PathView;
  frame: Frame3D;
  playback: { readonly current: Playback };
  show: boolean;
}

/** Gradient and velocity arrows at the ball. */
export function Arrows3D({ path, frame, playback, show }: Arrows3DProps) {
  const s = useMemo(
    () => ({
      grad: new ArrowHelper(new Vector3(1, 0, 0), new Vector3(), 1, COLORS.grad),
      vel: new ArrowHelper(new Vector3(1, 0, 0), new Vector3(), 1, COLORS.velocity),
      origin: new Vector3(),
      tip: new Vector3(),
      dir: new Vector3(),
      p: scratchPoint(),
    }),
    [],
  );
  useEffect(() => {
    for (const a of [s.grad, s.vel]) a.renderOrder = 5;
    return () => { s.grad.dispose(); s.vel.dispose(); };
  }, [s]);
  const refs = useMemo(() => ({ grad: gradRef(frame.grid), vel: velocityRef(frame.grid) }), [frame]);

  /** Points `arrow` from the ball along parameter direction (dx, dy) with magnitude `mag`. */
  const aim = (arrow: ArrowHelper, x: number, y: number, dx: number, dy: number, mag: number, ref: number) => {
    const len = arrowLength(mag, ref, LEN.min, LEN.max);
    if (len === 0) { arrow.visible = false; return; }
    const eps = (0.02 * LEN.max) / frame.scale;
    const x2 = frame.clampX(x + (dx / mag) * eps);
    const y2 = frame.clampY(y + (dy / mag) * eps);
    s.tip.set(frame.worldX(x2), frame.surfaceY(x2, y2) + TRAIL.ballRadius, frame.worldZ(y2));
    s.dir.subVectors(s.tip, s.origin);
    if (s.dir.lengthSq() < 1e-12) { arrow.visible = false; return; }
    s.dir.normalize();
    arrow.position.copy(s.origin);
    arrow.setDirection(s.dir);
    arrow.setLength(len, Math.min(0.32, len * 0.4), Math.min(0.18, len * 0.25));
    arrow.visible = true;
  };

  useFrame(() => {
    const arrows = playback.current.arrows;
    if (!show || !arrows || !samplePath(path, playback.current.step, s.p)) {
      s.grad.visible = false;
      s.vel.visible = false;
      return;
    }
    const x = frame.clampX(s.p.x);
    const y = frame.clampY(s.p.y);
    s.origin.set(frame.worldX(x), frame.surfaceY(x, y) + TRAIL.ballRadius, frame.worldZ(y));
    const [gx, gy] = arrows.grad;
    aim(s.grad, x, y, -gx, -gy, Math.hypot(gx, gy), refs.grad);
    if (arrows.velocity) {
      const [vx, vy] = arrows.velocity;
      aim(s.vel, x, y, vx, vy, Math.hypot(vx, vy), refs.vel);
    } else s.vel.visible = false;
  });

  return (
    <>
      <primitive object={s.grad} />
      <primitive object={s.vel} />
    </>
  );
}
