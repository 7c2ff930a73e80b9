/**
 * Rule: the noise floor (lesson 1). With a constant learning rate, mini-batch SGD does not
 * settle on the minimum: every batch's error kicks the ball around it, and the loss hovers at a
 * floor that grows with lr·σ²/B. A loss goal held to the end (`hold: true`) below that floor
 * is missed although the loss dips under it now and then. Measured on the goal's split over the
 * second half of the run: mean, range, the fraction of evaluated steps above the threshold, and
 * the first step it went below.
 */
import type { Finding } from './types';
import type { RunContext } from './context';
import { num, pct } from './format';

/** The noise-floor finding of a run that missed a hold goal after dipping below it, or null. */
export function noiseFloorFinding(ctx: RunContext): Finding | null {
  const { trace, level, land, settings } = ctx;
  const { goal } = level;
  if (goal.kind !== 'loss' || !goal.hold || trace.outcome !== 'budget-exhausted') return null;
  const n = land.train.n;
  const b = settings.batchSize;
  if (b >= n && settings.shuffle !== 'replacement') return null; // full batch: no sampling noise
  const series = goal.split === 'train' ? trace.trainLoss : trace.testLoss;
  const end = ctx.last;
  let firstBelow = -1;
  for (let t = 0; t <= end && firstBelow < 0; t++) if (series[t] < goal.below) firstBelow = t;
  if (firstBelow < 0) return null;
  const from = Math.floor(end / 2);
  let sum = 0;
  let count = 0;
  let above = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = from; t <= end; t++) {
    const v = series[t];
    if (!Number.isFinite(v)) continue;
    sum += v;
    count++;
    if (v >= goal.below) above++;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (count === 0 || above === 0) return null;
  const mean = sum / count;
  const fractionAbove = above / count;
  return {
    kind: 'noise-floor',
    title: `it hovered around ${num(mean)} on SGD’s noise floor, above the goal ${pct(fractionAbove)} of the time`,
    text:
      `The ${goal.split} loss first went below ${num(goal.below, 3)} at step ${firstBelow} but did not stay there: over the second half ` +
      `of the run it hovered around ${num(mean)}, between ${num(lo)} and ${num(hi)}, above the goal ${pct(fractionAbove)} of the time. ` +
      `That is SGD’s noise floor: at a constant learning rate every batch’s error kicks the ball around the minimum, by an amount ` +
      `that grows with lr·σ²/B (here lr = ${num(settings.lr)}, B = ${b} of N = ${n}). A smaller learning rate or a larger batch lowers the floor.`,
    numbers: { below: goal.below, firstBelow, mean, lo, hi, fractionAbove, lr: settings.lr, batchSize: b, n },
  };
}
