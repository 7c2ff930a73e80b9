'use client';
/**
 * The ball (the parameter vector) and its fading trail. Everything per frame happens in
 * useFrame, reading `playback.current.step`: no React state, scratch buffers allocated once,
 * the trail's geometry rewritten in place (a ribbon draped on the surface whose colour alpha
 * fades from the ball back over the last TRAIL.steps steps).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Color, DoubleSide, type Mesh } from 'three';
import type { PathView, Playback } from './types';
import type { Frame3D } from './frame3d';
import { samplePath, scratchPoint } from './pathSample';
import { COLORS } from './palette';
import { ribbonIndex, writeRibbon } from './ribbon';

/** Tunables of the ball and its trail (world units). */
export const TRAIL = {
  steps: 200,
  /** Sub-samples per step, so the ribbon follows the terrain between positions. */
  sub: 4,
  halfWidth: 0.05,
  lift: 0.03,
  ballRadius: 0.2,
} as const;

const MAX_POINTS = TRAIL.steps * TRAIL.sub + 2;

/** Props of {@link BallTrail}. */
export interface BallTrailProps {
  path: PathView;
  frame: Frame3D;
  playback: { readonly current: Playback };
}

/** The ball and its trail. */
export function BallTrail({ path, frame, playback }: BallTrailProps) {
  const ball = useRef<Mesh>(null);
  const trail = useMemo(() => {
    const geometry = new BufferGeometry();
    const positions = new Float32Array(MAX_POINTS * 6);
    const colors = new Float32Array(MAX_POINTS * 8);
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setAttribute('color', new BufferAttribute(colors, 4)); // rgba: three enables vertex alpha
    geometry.setIndex(new BufferAttribute(ribbonIndex(MAX_POINTS), 1));
    geometry.setDrawRange(0, 0);
    const rgb = new Color(COLORS.trail); // linear-light components
    return { geometry, positions, colors, rgb, px: new Float64Array(MAX_POINTS), py: new Float64Array(MAX_POINTS) };
  }, []);
  useEffect(() => () => trail.geometry.dispose(), [trail]);
  const p = useMemo(scratchPoint, []);

  useFrame(() => {
    const step = playback.current.step;
    const mesh = ball.current;
    if (!mesh) return;
    if (!samplePath(path, step, p)) {
      mesh.visible = false;
      trail.geometry.setDrawRange(0, 0);
      return;
    }
    mesh.visible = true;
    const bx = frame.clampX(p.x);
    const by = frame.clampY(p.y);
    mesh.position.set(frame.worldX(bx), frame.surfaceY(bx, by) + TRAIL.ballRadius, frame.worldZ(by));

    // Trail points: every sub-step from TRAIL.steps steps back up to the ball itself.
    const { px, py, positions, colors, rgb, geometry } = trail;
    const s = Math.max(0, Math.min(step, path.steps));
    const first = Math.max(0, Math.floor(s) - TRAIL.steps);
    let n = 0;
    for (let t = first; t <= s && n < MAX_POINTS - 1; t += 1 / TRAIL.sub) {
      if (samplePath(path, t, p)) { px[n] = frame.clampX(p.x); py[n] = frame.clampY(p.y); n++; }
    }
    px[n] = bx;
    py[n] = by;
    n++;
    if (n < 2) { geometry.setDrawRange(0, 0); return; }
    writeRibbon(frame, px, py, n, TRAIL.halfWidth, TRAIL.lift, positions);
    for (let k = 0; k < n; k++) {
      // Age: 0 at the ball, 1 at TRAIL.steps steps back; alpha fades linearly to a faint tail.
      const age = k === n - 1 ? 0 : Math.min(1, Math.max(0, (s - (first + k / TRAIL.sub)) / TRAIL.steps));
      const a = 0.95 * (1 - age) + 0.1 * age;
      for (let side = 0; side < 2; side++) {
        const o = (k * 2 + side) * 4;
        colors[o] = rgb.r; colors[o + 1] = rgb.g; colors[o + 2] = rgb.b; colors[o + 3] = a;
      }
    }
    geometry.setDrawRange(0, (n - 1) * 6);
    geometry.getAttribute('position').needsUpdate = true;
    geometry.getAttribute('color').needsUpdate = true;
  });

  return (
    <>
      <mesh ref={ball} castShadow={false}>
        <sphereGeometry args={[TRAIL.ballRadius, 32, 16]} />
        <meshStandardMaterial color={COLORS.ball} emissive={COLORS.ball} emissiveIntensity={0.35} roughness={0.35} />
      </mesh>
      <mesh geometry={trail.geometry} frustumCulled={false} renderOrder={3}>
        <meshBasicMaterial vertexColors transparent depthWrite={false} side={DoubleSide} />
      </mesh>
    </>
  );
}
