'use client';
/**
 * The orbit camera: drei OrbitControls with distance and elevation limits (always above the
 * surface), damping unless reduced motion is asked for, no panning. Until the user first drags
 * or scrolls, the camera sits at the framing chosen for this landscape (see framing.ts: no wall
 * between the camera and the ball) at a distance that fits the canvas's aspect. Presets (top,
 * side, fit, reset) are applied through `control`, set here for the HTML buttons outside the
 * canvas. Every camera move invalidates the on-demand canvas (OrbitControls does it on change).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { Spherical, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { CameraPreset } from './CameraButtons';
import type { Frame3D } from './frame3d';
import { cameraPosition, DEFAULT_VIEW, fitViewDistance, PRESETS, VIEW, type OrbitView } from './framing';

/** What the HTML buttons call. */
export type CameraControl = { current: ((preset: CameraPreset) => void) | null };

/** Props of {@link CameraRig}. */
export interface CameraRigProps {
  reducedMotion: boolean;
  /** The default framing (chosen per landscape). */
  view: OrbitView;
  /** The surface's frame (its extent sets the fitted distance). */
  frame: Frame3D;
  control: CameraControl;
  /** Called on the first drag or scroll. */
  onInteract?: () => void;
}

/** Orbit controls plus the landscape's default framing and the presets. */
export function CameraRig({ reducedMotion, view, frame, control, onInteract }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const controls = useRef<OrbitControlsImpl>(null);
  const touched = useRef(false);
  const scratch = useMemo(() => ({ offset: new Vector3(), sph: new Spherical() }), []);
  const interact = useRef(onInteract);
  interact.current = onInteract;

  const place = useCallback(
    (v: OrbitView) => {
      const d = fitViewDistance(v, frame, width > 0 && height > 0 ? width / height : 4 / 3);
      const [x, y, z] = cameraPosition(v, d);
      camera.position.set(x, y, z);
      const c = controls.current;
      if (c) {
        c.target.set(v.target[0], v.target[1], v.target[2]);
        c.update();
      } else camera.lookAt(v.target[0], v.target[1], v.target[2]);
      invalidate();
    },
    [camera, frame, width, height, invalidate],
  );

  // The default framing, until the user moves the camera (refitted on resize).
  useLayoutEffect(() => {
    if (!touched.current) place(view);
  }, [place, view]);

  useEffect(() => {
    control.current = (preset) => {
      if (preset === 'reset') {
        touched.current = false;
        place(view);
        return;
      }
      touched.current = true;
      if (preset === 'top' || preset === 'side') {
        place(PRESETS[preset]);
        return;
      }
      // Fit: keep the current direction, re-centre and refit the distance.
      const c = controls.current;
      scratch.offset.copy(camera.position);
      if (c) scratch.offset.sub(c.target);
      scratch.sph.setFromVector3(scratch.offset);
      const elevation = Math.min(VIEW.maxElevation, Math.max(VIEW.minElevation, Math.PI / 2 - scratch.sph.phi));
      place({ azimuth: scratch.sph.theta, elevation, target: DEFAULT_VIEW.target });
    };
    return () => {
      control.current = null;
    };
  }, [control, place, view, camera, scratch]);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!reducedMotion}
      dampingFactor={0.12}
      enablePan={false}
      minDistance={VIEW.minDistance}
      maxDistance={VIEW.maxDistance}
      minPolarAngle={Math.PI / 2 - VIEW.maxElevation}
      maxPolarAngle={Math.PI / 2 - VIEW.minElevation}
      onStart={() => {
        if (!touched.current) interact.current?.();
        touched.current = true;
      }}
    />
  );
}
