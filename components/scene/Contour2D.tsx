'use client';
/**
 * The 2-D view: a top-down map of the loss (viridis image + contour lines), the goal, the start
 * and the minimum (labelled), the trajectory up to the current step, ghost balls, arrows and the
 * ball, on a plain <canvas>. No three.js, so it works where WebGL does not. Its own requestAnimationFrame loop reads
 * `playback.current` and redraws only when something changed; the static layer is cached in an
 * offscreen canvas. devicePixelRatio-aware; resizes with its container (ResizeObserver).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { ViewProps } from './types';
import { gradRef, velocityRef } from './arrows';
import { mainLayers, overlayLayers } from './contourLayers';
import { axisNamesIn } from './axis-names';
import { describeView } from './describe';
import { drawDynamic } from './draw2dDynamic';
import { drawStatic, type ContourLayer } from './draw2dStatic';
import { gridHeightMap } from './heights';
import { resolveMinimum } from './landmarks';
import { scratchPoint } from './pathSample';
import { fromPx, layoutPlot, type Plot2D } from './plot2d';
import { surfaceRGBA } from './surfaceImage';

/** Props of the 2-D view: the shared view contract plus an optional wrapper class. */
export interface Contour2DProps extends ViewProps {
  /** Classes for the wrapper (it fills its parent by default). */
  className?: string;
}

/** The 2-D contour-map view. */
export function Contour2D(props: Contour2DProps) {
  const { surface, heightMode, path, ghosts, playback, start, goal, batchSurface, testSurface, showArrows, axes, onPick, className } = props;
  const preview = props.preview ?? null;
  const previous = props.previous ?? null;
  const t = useTranslations('player');
  const [ax, ay] = axisNamesIn(axes, t);
  const [sx, sy] = start;
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const plotRef = useRef<Plot2D | null>(null);

  const hm = useMemo(() => gridHeightMap(surface, heightMode), [surface, heightMode]);
  const minimum = useMemo(() => resolveMinimum(surface, props.minimum), [surface, props.minimum]);
  const contours = useMemo<ContourLayer[]>(() => {
    return [...mainLayers(surface, hm), ...overlayLayers(surface, hm, goal, batchSurface, testSurface)];
  }, [surface, hm, goal, batchSurface, testSurface]);

  // The surface image at grid resolution, in its own small canvas.
  const image = useMemo(() => {
    if (typeof document === 'undefined') return null;
    const c = document.createElement('canvas');
    c.width = surface.nx;
    c.height = surface.ny;
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    const data = ctx.createImageData(surface.nx, surface.ny);
    surfaceRGBA(surface, hm, data.data);
    ctx.putImageData(data, 0, 0);
    return c;
  }, [surface, hm]);

  // Everything the frame loop needs, refreshed on every render (read, never set, by the loop).
  const live = useRef({ path, ghosts, showArrows, preview, previous, gradRef: 1, velRef: 1, dirty: true });
  useEffect(() => {
    live.current = { path, ghosts, showArrows, preview, previous, gradRef: gradRef(surface), velRef: velocityRef(surface), dirty: true };
  }, [path, ghosts, showArrows, preview, previous, surface]);

  useEffect(() => {
    const el = canvas.current;
    const box = wrap.current;
    const ctx = el?.getContext('2d');
    if (!el || !box || !ctx) return;
    const back = document.createElement('canvas');
    const bctx = back.getContext('2d');
    if (!bctx) return;
    let cssW = 0;
    let cssH = 0;
    let dpr = 1;
    const p = scratchPoint();

    const redrawStatic = () => {
      dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(cssW * dpr));
      const h = Math.max(1, Math.round(cssH * dpr));
      if (el.width !== w || el.height !== h) { el.width = w; el.height = h; }
      back.width = w;
      back.height = h;
      const plot = layoutPlot(cssW, cssH, surface.x, surface.y);
      plotRef.current = plot;
      bctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawStatic(bctx, cssW, cssH, { plot, grid: surface, image, contours, start: [sx, sy], goal, axes: [ax, ay], minimum, t });
      live.current.dirty = true;
    };

    const measure = () => {
      const r = box.getBoundingClientRect();
      cssW = r.width;
      cssH = r.height;
      redrawStatic();
    };
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    measure();

    let raf = 0;
    let lastStep = Number.NaN;
    let lastArrows: unknown = undefined;
    const frame = () => {
      raf = requestAnimationFrame(frame);
      const pb = playback.current;
      const l = live.current;
      const plot = plotRef.current;
      if (!plot || cssW === 0 || cssH === 0) return;
      if (!l.dirty && pb.step === lastStep && pb.arrows === lastArrows) return;
      l.dirty = false;
      lastStep = pb.step;
      lastArrows = pb.arrows;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      ctx.drawImage(back, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawDynamic(ctx, { plot, path: l.path, ghosts: l.ghosts, playback: pb, showArrows: l.showArrows, preview: l.preview, previous: l.previous, gradRef: l.gradRef, velRef: l.velRef }, p);
    };
    raf = requestAnimationFrame(frame);
    return () => {
      cancelAnimationFrame(raf);
      ro.disconnect();
      back.width = back.height = 0;
    };
  }, [surface, image, contours, sx, sy, goal, ax, ay, minimum, playback, t]);

  const label = describeView(props, '2-D', t);
  return (
    <div ref={wrap} className={className ?? 'relative h-full w-full'} data-testid="scene.2d">
      <canvas
        ref={canvas}
        role="img"
        aria-label={label}
        className={`absolute inset-0 h-full w-full ${onPick ? 'cursor-crosshair' : ''}`}
        onClick={
          onPick
            ? (e) => {
                const plot = plotRef.current;
                const r = e.currentTarget.getBoundingClientRect();
                const at = plot && fromPx(plot, e.clientX - r.left, e.clientY - r.top);
                if (at) onPick(at[0], at[1]);
              }
            : undefined
        }
      >
        {label}
      </canvas>
    </div>
  );
}

export default Contour2D;
