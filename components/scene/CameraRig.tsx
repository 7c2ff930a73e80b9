'use client';
/**
 * The orbit camera: drei OrbitControls with distance and polar limits (always above the
 * surface), damping unless reduced motion is asked for, no panning. Until the user first drags,
 * the camera sits at a 3/4 view whose distance fits the canvas's aspect (portrait phones get
 * a farther camera so the whole surface stays in view).
 */
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { WORLD } from './frame3d';

/** Default view: azimuth and elevation (radians) and distance at a landscape aspect. */
export const VIEW = {
  azimuth: 0.55,
  elevation: 0.62,
  /** Distance at a landscape aspect (keeps the surface's depth and height in view). */
  distance: 17,
  /** distance × aspect that keeps the surface's width in view at narrower aspects. */
  fitWidth: 23,
  fov: 38,
  targetY: WORLD.height * 0.3,
  minDistance: 5,
  maxDistance: 60,
} as const;

/** Distance that keeps the surface in view at this aspect (width / height). */
export function fitDistance(aspect: number): number {
  return Math.min(VIEW.maxDistance, Math.max(VIEW.distance, VIEW.fitWidth / Math.max(aspect, 0.2)));
}

/** Orbit controls plus the aspect-fitted default view. */
export function CameraRig({ reducedMotion }: { reducedMotion: boolean }) {
  const camera = useThree((s) => s.camera);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const touched = useRef(false);

  useEffect(() => {
    if (touched.current || width === 0 || height === 0) return;
    const d = fitDistance(width / height);
    const ce = Math.cos(VIEW.elevation);
    camera.position.set(
      d * ce * Math.sin(VIEW.azimuth),
      VIEW.targetY + d * Math.sin(VIEW.elevation),
      d * ce * Math.cos(VIEW.azimuth),
    );
    camera.lookAt(0, VIEW.targetY, 0);
  }, [camera, width, height]);

  return (
    <OrbitControls
      makeDefault
      target={[0, VIEW.targetY, 0]}
      enableDamping={!reducedMotion}
      dampingFactor={0.12}
      enablePan={false}
      minDistance={VIEW.minDistance}
      maxDistance={VIEW.maxDistance}
      minPolarAngle={0.05}
      maxPolarAngle={Math.PI / 2 - 0.12}
      onStart={() => { touched.current = true; }}
    />
  );
}
