'use client';
/**
 * Gradient and velocity arrows at the ball (THREE.ArrowHelper with a cylinder shaft, created
 * once, updated in useFrame from `playback.current.arrows`). The gradient arrow (red) points downhill, along
 * −∇L; the velocity arrow (blue) points along the velocity as given (the direction the ball is
 * moving). Both follow the surface's slope in that direction so they never dive into the terrain.
 */
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { ArrowHelper, CylinderGeometry, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import type { PathView, Playback } from './types';
import { arrowLength, gradRef, velocityRef } from './arrows';
import { TRAIL } from './BallTrail';
import type { Frame3D } from './frame3d';
import { COLORS } from './palette';
import { samplePath, scratchPoint } from './pathSample';

const LEN = { min: 0.6, max: 2.4 } as const;
const SHAFT_RADIUS = 0.03;

/** An ArrowHelper whose 1-px line is doubled by a cylinder shaft (WebGL lines are 1 px wide). */
function makeArrow(color: string): { helper: ArrowHelper; shaft: Mesh<CylinderGeometry, MeshBasicMaterial> } {
  const helper = new ArrowHelper(new Vector3(1, 0, 0), new Vector3(), 1, color);
  const geometry = new CylinderGeometry(1, 1, 1, 10);
  geometry.translate(0, 0.5, 0); // base at the arrow's origin, along its local +y
  const shaft = new Mesh(geometry, new MeshBasicMaterial({ color }));
  helper.add(shaft);
  helper.renderOrder = 5;
  return { helper, shaft };
}

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
      grad: makeArrow(COLORS.grad),
      vel: makeArrow(COLORS.velocity),
      origin: new Vector3(),
      tip: new Vector3(),
      dir: new Vector3(),
      p: scratchPoint(),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const a of [s.grad, s.vel]) {
        a.helper.dispose();
        a.shaft.geometry.dispose();
        a.shaft.material.dispose();
      }
    },
    [s],
  );
  const refs = useMemo(() => ({ grad: gradRef(frame.grid), vel: velocityRef(frame.grid) }), [frame]);

  /** Points `arrow` from the ball along parameter direction (dx, dy) with magnitude `mag`. */
  const aim = (a: ReturnType<typeof makeArrow>, x: number, y: number, dx: number, dy: number, mag: number, ref: number) => {
    const arrow = a.helper;
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
    const head = Math.min(0.34, len * 0.4);
    arrow.setLength(len, head, Math.min(0.2, len * 0.28));
    a.shaft.scale.set(SHAFT_RADIUS, Math.max(1e-4, len - head), SHAFT_RADIUS);
    arrow.visible = true;
  };

  useFrame(() => {
    const arrows = playback.current.arrows;
    if (!show || !arrows || !samplePath(path, playback.current.step, s.p)) {
      s.grad.helper.visible = false;
      s.vel.helper.visible = false;
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
    } else s.vel.helper.visible = false;
  });

  return (
    <>
      <primitive object={s.grad.helper} />
      <primitive object={s.vel.helper} />
    </>
  );
}
