'use client';
/**
 * The 3-D view: the loss surface (viridis, contour lines), the ball and its trail, start, goal
 * and minimum markers with HTML labels, axes with ticks, a colour legend, optional mini-batch /
 * test-set surfaces, gradient and velocity arrows and ghost balls, under an orbit camera with
 * presets. Default export, for next/dynamic with ssr: false.
 *
 * The canvas renders on demand: FrameDriver asks for a frame only when the playback step (or
 * arrows), the props, the size or the camera changed, so an idle scene costs nothing. Per-frame
 * state never goes through React: every moving part reads `playback.current` in its own
 * useFrame. If WebGL is missing, or the context is lost, `onContextLost` fires so the player can
 * switch to the 2-D map (Contour2D); a text fallback is shown meanwhile.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import { useTranslations } from 'next-intl';
import type { ViewProps } from './types';
import { Arrows3D } from './Arrows3D';
import { Axes3D } from './Axes3D';
import { axisNamesIn } from './axis-names';
import { BallTrail } from './BallTrail';
import { CameraButtons, type CameraPreset } from './CameraButtons';
import { CameraRig, type CameraControl } from './CameraRig';
import { BatchWire, ContourLines } from './ContourLines';
import { describeView } from './describe';
import { frame3d } from './frame3d';
import { FrameDriver } from './FrameDriver';
import { cameraPosition, chooseView, fitViewDistance, VIEW } from './framing';
import { Ghosts3D } from './Ghosts3D';
import { LabelLayer, LabelProjector, type LabelSlots } from './LabelLayer';
import { pointsOfInterest, resolveMinimum } from './landmarks';
import { Legend } from './Legend';
import { Markers } from './Markers';
import { PathRibbon3D } from './PathRibbon3D';
import { sceneLabels } from './sceneLabels';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SurfaceMesh } from './SurfaceMesh';
import { webglIsSoftware } from './webgl';

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

/** A key that changes only when the path's bounds move by more than an eighth of the domain. */
function pathKey(p: ViewProps['path'], s: ViewProps['surface']): string {
  if (p.steps <= 0) return '';
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i <= p.steps; i++) {
    const x = p.x[i], y = p.y[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  const qx = (v: number) => Math.round((8 * (v - s.x[0])) / (s.x[1] - s.x[0]));
  const qy = (v: number) => Math.round((8 * (v - s.y[0])) / (s.y[1] - s.y[0]));
  return x0 <= x1 ? `${qx(x0)},${qx(x1)},${qy(y0)},${qy(y1)}` : '';
}

/** The 3-D loss-surface view. */
export default function Scene3D(props: Scene3DProps) {
  const { surface, heightMode, path, ghosts, playback, start, goal, batchSurface, testSurface, axes } = props;
  const { showArrows, reducedMotion, onPick, onContextLost, className, minimum: givenMin } = props;
  const frame = useMemo(() => frame3d(surface, heightMode), [surface, heightMode]);
  const minimum = useMemo(() => resolveMinimum(surface, givenMin), [surface, givenMin]);
  const t = useTranslations('player');
  const [sx, sy] = start;
  const [ax, ay] = axisNamesIn(axes, t);

  // The default framing: sees start, goal, minimum and (roughly) the path. Re-chosen when the
  // path's bounds move a lot, not on every new path.
  const pathRef = useRef(path);
  pathRef.current = path;
  const pk = pathKey(path, surface);
  const view = useMemo(
    () => chooseView(frame, pointsOfInterest([sx, sy], goal, minimum, pathRef.current)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [frame, sx, sy, goal, minimum, pk],
  );
  const { segments, labels } = useMemo(
    () => sceneLabels(frame, view.azimuth, [ax, ay], [sx, sy], goal, minimum, t),
    [frame, view.azimuth, ax, ay, sx, sy, goal, minimum, t],
  );

  const root = useRef<HTMLDivElement>(null);
  const slots = useRef<(HTMLElement | null)[]>([]) as LabelSlots;
  const control = useRef<CameraControl['current']>(null) as CameraControl;
  const [hint, setHint] = useState(true);
  const onInteract = useCallback(() => setHint(false), []);
  const onPreset = useCallback((p: CameraPreset) => control.current?.(p), [control]);
  const initial = useMemo(() => cameraPosition(view, fitViewDistance(view, frame, 4 / 3)), [view, frame]);

  // A software rasterizer draws each frame on the CPU: no multisampling there (about half the cost).
  const [antialias] = useState(() => !webglIsSoftware());
  const label = describeView(props, '3-D', t);
  const fallback = <p className="p-4 text-sm text-slate-600">{t('scene.noWebgl', { label })}</p>;

  return (
    <div ref={root} className={className ?? 'relative h-full w-full'} data-testid="scene.3d" data-frames="0">
      <SceneErrorBoundary fallback={fallback} onError={() => onContextLost?.()}>
        <div className="absolute inset-0" role="img" aria-label={label}>
          <Canvas
            frameloop="demand"
            dpr={[1, 2]}
            gl={{ antialias, alpha: true }}
            camera={{ fov: VIEW.fov, near: 0.1, far: 200, position: initial }}
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
            <Markers grid={surface} frame={frame} start={start} goal={goal} minimum={minimum} />
            <Axes3D segments={segments} />
            {props.previous ? <PathRibbon3D path={props.previous} frame={frame} kind="previous" /> : null}
            {props.preview ? <PathRibbon3D path={props.preview} frame={frame} kind="preview" /> : null}
            <BallTrail path={path} frame={frame} playback={playback} />
            <Ghosts3D ghosts={ghosts} frame={frame} playback={playback} />
            <Arrows3D path={path} frame={frame} playback={playback} show={showArrows} />
            <CameraRig reducedMotion={reducedMotion} view={view} frame={frame} control={control} onInteract={onInteract} />
            <LabelProjector labels={labels} slots={slots} />
            <FrameDriver playback={playback} root={root} hold={props.holdFrames} />
            <ContextLossWatcher onLost={onContextLost} />
          </Canvas>
        </div>
        <LabelLayer labels={labels} slots={slots} />
        <Legend hm={frame.hm} />
        <CameraButtons onPreset={onPreset} showHint={hint} />
      </SceneErrorBoundary>
    </div>
  );
}
