'use client';
/**
 * The 3-D view: the loss surface (viridis, contour lines), the ball and its trail, start and
 * goal markers, optional mini-batch / test-set surfaces, gradient and velocity arrows and ghost
 * balls, under an orbit camera. Default export, for next/dynamic with ssr: false.
 *
 * Per-frame state never goes through React: every moving part reads `playback.current` in its
 * own useFrame. If WebGL is missing, or the context is lost, `onContextLost` fires so the
 * player can switch to the 2-D map (Contour2D); a text fallback is shown meanwhile.
 */
import { useEffect, useMemo } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import type { ViewProps } from '@/components/player/types';
import { Arrows3D } from './Arrows3D';
import { BallTrail } from './BallTrail';
import { CameraRig, fitDistance, VIEW } from './CameraRig';
import { BatchWire, ContourLines } from './ContourLines';
import { describeView } from './describe';
import { frame3d } from './frame3d';
import { Ghosts3D } from './Ghosts3D';
import { Markers } from './Markers';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SurfaceMesh } from './SurfaceMesh';

/** Props of the 3-D view: the shared view contract plus 3-D-only hooks. */
export interface Scene3DProps extends ViewProps {
  /** WebGL failed or its context was lost: switch to the 2-D view. */
  onContextLost?: () => void;
  /** Classes for the wrapper (it fills its parent by default). */
  className?: string;
}

/** Calls `onLost` when the canvas's WebGL context is lost. */
function ContextLossWatcher({ onLost }: { onLost?: () => void }) {
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    if (!onLost) return;
    const handle = () => onLost();
    canvas.addEventListener('webglcontextlost', handle);
    return () => canvas.removeEventListener('webglcontextlost', handle);
  }, [canvas, onLost]);
  return null;
}

/** The 3-D loss-surface view. */
export default function Scene3D(props: Scene3DProps) {
  const { surface, heightMode, path, ghosts, playback, start, goal, batchSurface, testSurface } = props;
  const { showArrows, reducedMotion, onPick, onContextLost, className } = props;
  const frame = useMemo(() => frame3d(surface, heightMode), [surface, heightMode]);
  const label = describeView(props, '3-D');
  const d = fitDistance(16 / 10);
  const fallback = (
    <p className="p-4 text-sm text-slate-600">
      The 3-D view needs WebGL, which is not available here. {label}
    </p>
  );

  return (
    <div className={className ?? 'relative h-full w-full'} role="img" aria-label={label} data-testid="scene.3d">
      <SceneErrorBoundary fallback={fallback} onError={() => onContextLost?.()}>
        <Canvas
          frameloop="always"
          dpr={[1, 2]}
          gl={{ antialias: true, alpha: true }}
          camera={{ fov: VIEW.fov, near: 0.1, far: 200, position: [d * 0.6, d * 0.7, d * 0.7] }}
          fallback={fallback}
          aria-hidden="true"
        >
          <ambientLight intensity={1.1} />
          <directionalLight position={[6, 12, 8]} intensity={1.6} />
          <directionalLight position={[-8, 6, -6]} intensity={0.4} />
          <SurfaceMesh grid={surface} frame={frame} variant="main" onPick={onPick} />
          <ContourLines grid={surface} frame={frame} />
          {batchSurface && <BatchWire grid={batchSurface} frame={frame} />}
          {testSurface && <SurfaceMesh grid={testSurface} frame={frame} variant="test" />}
          <Markers grid={surface} frame={frame} start={start} goal={goal} />
          <BallTrail path={path} frame={frame} playback={playback} />
          <Ghosts3D ghosts={ghosts} frame={frame} playback={playback} />
          <Arrows3D path={path} frame={frame} playback={playback} show={showArrows} />
          <CameraRig reducedMotion={reducedMotion} />
          <ContextLossWatcher onLost={onContextLost} />
        </Canvas>
      </SceneErrorBoundary>
    </div>
  );
}
