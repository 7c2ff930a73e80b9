/**
 * Auto-calibration off the main thread. Message in: { level, opts } (the level is validated
 * again here with the engine's schema; `opts` null: only the proof). Messages out: progress
 * after each slice, then done or error. With a stated intent, done carries the proof too
 * (./intent.ts, the server's sweep) of the level with the stars calibration proposes.
 * Cancelling is terminating the worker (the sweep is synchronous inside it). A real network
 * level's data set is loaded here first.
 */
import { loadLevel, type LevelProof } from '@/engine';
import { runCalibration, type SweepFindings, type CalibrationOptions, type SweepProgress } from './calibration';
import { proofKey, proveInEditor } from './intent';
import { readyLevel } from '@/content/datasets/ready';

/** A proof and the key of the level it ran on. */
export type KeyedProof = { key: string; proof: LevelProof };

/** What the worker posts. */
export type WorkerOut =
  | ({ type: 'progress' } & SweepProgress)
  | { type: 'done'; findings: SweepFindings | null; proof: KeyedProof | null }
  | { type: 'error'; message: string };

const post = (m: WorkerOut) => (self as unknown as { postMessage(m: WorkerOut): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<{ level: unknown; opts: CalibrationOptions | null }>) => {
  const res = loadLevel(e.data.level);
  if (!res.ok) {
    post({ type: 'error', message: res.errors.map((x) => `${x.path}: ${x.message}`).join('; ') });
    return;
  }
  try {
    // A real network level's rows load in this worker too (its own module state).
    await readyLevel(res.level);
    let last = 0;
    const opts = e.data.opts;
    const findings = opts
      ? runCalibration(res.level, opts, (p) => {
          const now = performance.now();
          if (now - last > 50 || p.done === p.total) {
            last = now;
            post({ type: 'progress', ...p });
          }
        })
      : null;
    const level = findings?.solvable ? { ...res.level, stars: findings.proposedStars } : res.level;
    const proof = level.intent ? { key: proofKey(level), proof: proveInEditor(level) } : null;
    post({ type: 'done', findings, proof });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
