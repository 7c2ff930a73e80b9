/**
 * Rule: unshuffled data (lesson 2). With shuffle 'none' (or 'once') the batches come in the
 * same order every epoch; on ordered data (cats, then dogs) the weights swing one way and
 * back each epoch. Measured: the train loss's autocorrelation at a lag of one epoch (⌈N/B⌉
 * steps) over the second half of the run, against its lowest value at shorter lags: a periodic
 * swing dips within the epoch and comes back at one epoch, while a mere trend decays steadily.
 */
import { autocorrelation, spreadOf } from '../diagnostics/trace';
import type { Finding } from './types';
import type { RunContext } from './context';
import { num } from './format';

/** Autocorrelation at one epoch at or above which the loss is said to cycle with the epoch. */
export const EPOCH_AUTOCORR_MIN = 0.5;

/** The epoch-cycle finding of a run without per-epoch reshuffling, or null. */
export function shuffleFinding(ctx: RunContext): Finding | null {
  const { trace, land, settings } = ctx;
  if (settings.shuffle !== 'none' && settings.shuffle !== 'once') return null;
  const n = land.train.n;
  const b = settings.batchSize;
  const lag = Math.ceil(n / b);
  const end = ctx.last;
  if (b >= n || lag < 2 || end < 4 * lag) return null;
  const from = Math.floor(end / 2);
  const series = trace.trainLoss;
  for (let t = from; t <= end; t++) if (!Number.isFinite(series[t])) return null;
  if (spreadOf(series, from, end) < 1e-12) return null;
  const atEpoch = autocorrelation(series, lag, from, end);
  let within = Infinity;
  let withinLag = 1;
  for (let k = 1; k < lag; k++) {
    const a = autocorrelation(series, k, from, end);
    if (a < within) [within, withinLag] = [a, k];
  }
  if (atEpoch < EPOCH_AUTOCORR_MIN || atEpoch - within < 0.5) return null;
  const spread = spreadOf(series, from, end);
  const mode = settings.shuffle === 'none' ? 'shuffle “none” the batches arrive in data order' : 'shuffle “once” the batches repeat one fixed order';
  return {
    kind: 'unshuffled',
    title: 'the loss swings with every epoch',
    text:
      `The loss swings with the epoch: its autocorrelation at a lag of one epoch (N/B = ${lag} steps) is ${num(atEpoch)}, ` +
      `while within the epoch it dips to ${num(within)} (lag ${withinLag}), and it spreads by ${num(spread)} over the second half of the run. With ${mode} ` +
      `every epoch, so the weights are pulled toward one group of examples, then the other. Reshuffling every epoch breaks the cycle.`,
    numbers: { lag, autocorr: atEpoch, autocorrWithin: within, withinLag, spread, batchSize: b, n },
  };
}
