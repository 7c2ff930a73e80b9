'use client';
/**
 * The animation loop: advances `playback.current.step` with requestAnimationFrame, outside
 * React, and re-renders React at most ~10 times a second for the panels. Honours
 * prefers-reduced-motion by jumping straight to the end of a launched run.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Playback } from '@/components/scene/types';

export type Status = 'idle' | 'playing' | 'paused' | 'done';

const UI_INTERVAL_MS = 100;

/** Wall-clock seconds any run takes to play at 1× (whatever its step budget). */
export const PLAY_SECONDS = 6;

/** Steps per second that play `steps` steps in PLAY_SECONDS / speed. */
export function playRate(steps: number, speed: number): number {
  return (Math.max(1, steps) / PLAY_SECONDS) * speed;
}

// Playback follows elapsed time, so slow frames are not stretched; a gap longer than this (a
// background tab) does not jump the run to its end.
const MAX_FRAME_GAP_S = 1;

/** Playback state machine over a run of `steps` steps at `rate` steps per second. */
export function usePlayback(steps: number, rate: number, reducedMotion: boolean, onDone: () => void) {
  const playback = useRef<Playback>({ step: 0, arrows: null });
  const [status, setStatus] = useState<Status>('idle');
  const [uiStep, setUiStep] = useState(0);
  const raf = useRef(0);
  const last = useRef(0);
  const lastUi = useRef(0);
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  const stop = () => {
    cancelAnimationFrame(raf.current);
    raf.current = 0;
  };

  const seek = useCallback(
    (step: number) => {
      const s = Math.max(0, Math.min(steps, step));
      playback.current.step = s;
      setUiStep(Math.round(s));
      if (s >= steps && steps > 0) {
        stop();
        setStatus('done');
        doneRef.current();
      }
    },
    [steps],
  );

  const loop = useCallback(
    (now: number) => {
      const dt = last.current ? Math.min(MAX_FRAME_GAP_S, (now - last.current) / 1000) : 0;
      last.current = now;
      const next = Math.min(steps, playback.current.step + dt * rate);
      playback.current.step = next;
      if (next >= steps) {
        seek(steps);
        return;
      }
      if (now - lastUi.current > UI_INTERVAL_MS) {
        lastUi.current = now;
        setUiStep(Math.floor(next));
      }
      raf.current = requestAnimationFrame(loop);
    },
    [steps, rate, seek],
  );

  const play = useCallback(() => {
    if (reducedMotion) {
      seek(steps);
      return;
    }
    stop();
    last.current = 0;
    setStatus('playing');
    raf.current = requestAnimationFrame(loop);
  }, [loop, reducedMotion, seek, steps]);

  const pause = useCallback(() => {
    stop();
    setStatus((s) => (s === 'playing' ? 'paused' : s));
    setUiStep(Math.floor(playback.current.step));
  }, []);

  const reset = useCallback(() => {
    stop();
    playback.current.step = 0;
    setUiStep(0);
    setStatus('idle');
  }, []);

  useEffect(() => stop, []);
  // Restart the loop with the new rate when the speed changes mid-run.
  useEffect(() => {
    if (status === 'playing') {
      stop();
      last.current = 0;
      raf.current = requestAnimationFrame(loop);
    }
  }, [loop, status]);

  return { playback, status, setStatus, uiStep, play, pause, reset, seek };
}
