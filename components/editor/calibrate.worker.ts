/**
 * Auto-calibration off the main thread. Message in: { level, opts } (the level is validated
 * again here with the engine's schema). Messages out: progress after each slice, then done or
 * error. Cancelling is terminating the worker (the sweep is synchronous inside it).
 */
import { loadLevel } from '@/engine';
import { runCalibration, type SweepFindings, type CalibrationOptions, type SweepProgress } from './calibration';

/** What the worker posts. */
export type WorkerOut = ({ type: 'progress' } & SweepProgress) | { type: 'done'; findings: SweepFindings } | { type: 'error'; message: string };

const post = (m: WorkerOut) => (self as unknown as { postMessage(m: WorkerOut): void }).postMessage(m);

self.onmessage = (e: MessageEvent<{ level: unknown; opts: CalibrationOptions }>) => {
  const res = loadLevel(e.data.level);
  if (!res.ok) {
    post({ type: 'error', message: res.errors.map((x) => `${x.path}: ${x.message}`).join('; ') });
    return;
  }
  try {
    let last = 0;
    const findings = runCalibration(res.level, e.data.opts, (p) => {
      const now = performance.now();
      if (now - last > 50 || p.done === p.total) {
        last = now;
        post({ type: 'progress', ...p });
      }
    });
    post({ type: 'done', findings });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
