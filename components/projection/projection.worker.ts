/**
 * A "train every weight" run off the main thread. Message in: { networkId, options } (the options
 * are checked here, ./options.ts). The worker loads the network's rows itself (lazily imported
 * JSON), then posts each phase, and at the end the result (./projection-run.ts) with the time it
 * took, or an error with a readable message. Cancelling is terminating the worker.
 */
import { loadNetworkData, networkConfig } from '@/content/datasets/networks';
import { ProjectionOptionsError, type ProjectionProblem } from './options';
import { ProjectionDivergedError, runProjection, type ProjectionPhase, type ProjectionResult } from './projection-run';

/** What the page asks the worker to run. */
export interface ProjectionRequest {
  readonly networkId: string;
  readonly options: unknown;
}

/** A known failure as data, so the page can say it in its language (the message says it in English). */
export type ProjectionErrorDetail =
  | { kind: 'options'; problems: readonly ProjectionProblem[] }
  | { kind: 'diverged'; step: number; what: 'weights' | 'loss' }
  | { kind: 'workerFailed' }
  | { kind: 'unreadable' };

/** What the worker posts. */
export type ProjectionWorkerOut =
  | { type: 'phase'; phase: 'loading' | ProjectionPhase }
  | { type: 'done'; result: ProjectionResult; ms: number }
  | { type: 'error'; message: string; detail?: ProjectionErrorDetail };

/** The detail of a known failure, if `err` is one. */
function detailOf(err: unknown): ProjectionErrorDetail | undefined {
  if (err instanceof ProjectionOptionsError) return { kind: 'options', problems: err.problems };
  if (err instanceof ProjectionDivergedError) return { kind: 'diverged', step: err.step, what: err.what };
  return undefined;
}

const post = (m: ProjectionWorkerOut) => (self as unknown as { postMessage(m: ProjectionWorkerOut): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<ProjectionRequest>) => {
  try {
    const t0 = performance.now();
    const config = networkConfig(String(e.data?.networkId));
    post({ type: 'phase', phase: 'loading' });
    const data = await loadNetworkData(config);
    const result = runProjection(data, config, e.data.options, (phase) => post({ type: 'phase', phase }));
    post({ type: 'done', result, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), detail: detailOf(err) });
  }
};
