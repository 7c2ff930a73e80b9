'use client';
/**
 * Drives the on-demand canvas (`frameloop="demand"`): asks for a frame when the playback step
 * or arrows changed since the last look (a requestAnimationFrame watcher that only compares two
 * values, never renders), after every React render of the scene (props changed) and on resize.
 * Counts the frames actually drawn and writes the count to the scene root's `data-frames`
 * attribute at most a few times a second, so a test can check that an idle scene draws nothing;
 * the time of the last frame is the root element's `lastFrameAt` property (for the bench).
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Playback } from './types';

/** How often (ms) the frame count is written to the DOM. */
const COUNT_WRITE_MS = 250;

/** Props of {@link FrameDriver}. */
export interface FrameDriverProps {
  playback: { readonly current: Playback };
  /** The element that gets `data-frames`. */
  root: { readonly current: HTMLElement | null };
  /** Ask for no frame while true (ViewProps.holdFrames); one frame when it turns false. */
  hold?: boolean;
}

/** Invalidation and frame counting for the 3-D scene (renders nothing). */
export function FrameDriver({ playback, root, hold = false }: FrameDriverProps) {
  const invalidate = useThree((s) => s.invalidate);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const frames = useRef(0);
  const held = useRef(hold);
  held.current = hold;

  useFrame(() => {
    frames.current++;
    // For the bench: when the last frame was drawn (a plain property, no DOM write per frame).
    if (root.current) (root.current as HTMLElement & { lastFrameAt?: number }).lastFrameAt = performance.now();
  });

  // Any render of the scene means new props: draw once (unless held; releasing draws too).
  useEffect(() => {
    if (!hold) invalidate();
  });
  useEffect(() => {
    invalidate();
  }, [invalidate, width, height]);

  useEffect(() => {
    let raf = 0;
    let step = Number.NaN;
    let arrows: unknown;
    let written = -1;
    let lastWrite = 0;
    const watch = (now: number) => {
      raf = requestAnimationFrame(watch);
      const pb = playback.current;
      if (!held.current && (pb.step !== step || pb.arrows !== arrows)) {
        step = pb.step;
        arrows = pb.arrows;
        invalidate();
      }
      if (now - lastWrite >= COUNT_WRITE_MS && frames.current !== written) {
        lastWrite = now;
        written = frames.current;
        root.current?.setAttribute('data-frames', String(written));
      }
    };
    raf = requestAnimationFrame(watch);
    return () => cancelAnimationFrame(raf);
  }, [playback, invalidate, root]);

  return null;
}
