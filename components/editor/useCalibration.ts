'use client';
/**
 * Runs auto-calibration in a Web Worker (calibrate.worker.ts) so the page stays responsive:
 * progress as it goes, cancel at any time (the worker is terminated), findings at the end.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Level } from '@/engine';
import type { SweepFindings, CalibrationOptions, SweepProgress } from './calibration';
import type { KeyedProof, WorkerOut } from './calibrate.worker';

/** Where a calibration stands. */
export type CalibrationState =
  | { status: 'idle' }
  | { status: 'running'; progress: SweepProgress | null; startedAt: number }
  | { status: 'done'; findings: SweepFindings | null; level: Level }
  | { status: 'cancelled' }
  | { status: 'error'; message: string | null };

export function useCalibration(onDone: (findings: SweepFindings | null, level: Level, proof: KeyedProof | null) => void) {
  const [state, setState] = useState<CalibrationState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const start = useCallback(
    // opts null: only the proof of the level's intent (no calibration sweep).
    (level: Level, opts: CalibrationOptions | null) => {
      stop();
      const w = new Worker(new URL('./calibrate.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ status: 'running', progress: null, startedAt: performance.now() });
      w.onmessage = (e: MessageEvent<WorkerOut>) => {
        const m = e.data;
        if (m.type === 'progress') setState((s) => (s.status === 'running' ? { ...s, progress: m } : s));
        else if (m.type === 'done') {
          stop();
          setState({ status: 'done', findings: m.findings, level });
          done.current(m.findings, level, m.proof);
        } else {
          stop();
          setState({ status: 'error', message: m.message });
        }
      };
      w.onerror = (e) => {
        stop();
        // No message: the worker itself failed (the page says so in its reader's language).
        setState({ status: 'error', message: e.message || null });
      };
      w.postMessage({ level, opts });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, start, cancel };
}
