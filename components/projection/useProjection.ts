'use client';
/**
 * Runs a "train every weight" projection in a Web Worker (./projection.worker.ts) so the page
 * stays responsive: the phase as it goes, the result or a readable error at the end. Starting
 * again or leaving the page terminates the worker of the run before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectionResult } from './projection-run';
import type { ProjectionErrorDetail, ProjectionRequest, ProjectionWorkerOut } from './projection.worker';

/** Where a projection run stands. */
export type ProjectionState =
  | { status: 'idle' }
  | { status: 'running'; phase: Extract<ProjectionWorkerOut, { type: 'phase' }>['phase'] | 'starting' }
  | { status: 'done'; result: ProjectionResult; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string; detail?: ProjectionErrorDetail };

/** The run's state, and start / cancel. */
export function useProjection() {
  const [state, setState] = useState<ProjectionState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const start = useCallback(
    (networkId: string, options: unknown) => {
      stop();
      const w = new Worker(new URL('./projection.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ status: 'running', phase: 'starting' });
      w.onmessage = (e: MessageEvent<ProjectionWorkerOut>) => {
        if (worker.current !== w) return;
        const m = e.data;
        if (m.type === 'phase') setState({ status: 'running', phase: m.phase });
        else if (m.type === 'done') {
          stop();
          setState({ status: 'done', result: m.result, ms: m.ms });
        } else {
          stop();
          setState({ status: 'error', message: m.message, detail: m.detail });
        }
      };
      w.onerror = (e) => {
        if (worker.current !== w) return;
        stop();
        setState(e.message ? { status: 'error', message: e.message } : { status: 'error', message: 'the training worker failed', detail: { kind: 'workerFailed' } });
      };
      w.onmessageerror = () => {
        if (worker.current !== w) return;
        stop();
        setState({ status: 'error', message: 'the training worker sent a message that could not be read', detail: { kind: 'unreadable' } });
      };
      const request: ProjectionRequest = { networkId, options };
      w.postMessage(request);
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
