/**
 * Rule: slow progress — the budget ran out with the ball still moving. Says how much of the
 * way it covered and why it was slow, from the curvature at the final point:
 * - features on very different scales (a data landscape with feature normalization, κ ≥ 100):
 *   'ill-conditioned' (lesson 8);
 * - a narrow valley (κ ≥ 10) under a plain learning rate: the steep axis caps lr at 2/λmax
 *   and the floor moves by lr·λmin per step (lesson 5);
 * - nearly flat ground (gradient ≤ 1/10 of the start's): a plateau crawl (lesson 4);
 * - otherwise: simply too few steps for this learning rate.
 */
import { progressOf } from '../score';
import type { Finding } from './types';
import type { RunContext } from './context';
import { isPlainRate, limitFormula, rateLimit } from './context';
import { num, pct, shortAxis } from './format';
import { plateauRemedies } from './advice';

/** The slow-progress finding of a run that ran out of steps, or null. */
export function progressFinding(ctx: RunContext): Finding | null {
  const { trace, level, settings, land } = ctx;
  if (trace.outcome !== 'budget-exhausted' || !ctx.final) return null;
  const progress = progressOf(level, trace);
  const c = ctx.final;
  const [lo, hi] = c.eigen.values;
  const kappa = c.condition;
  const gradStart = ctx.start.gradNorm;
  const gradEnd = c.gradNorm;
  const numbers = { progress, steps: trace.steps, kappa, lambdaMin: lo, lambdaMax: hi, gradStart, gradEnd, lr: settings.lr };
  const covered = `Covered ${pct(progress)} of the way to the goal in ${trace.steps} steps`;
  const plain = isPlainRate(settings);
  const limit = rateLimit(settings, Math.max(Math.abs(lo), Math.abs(hi)));
  const steepIsY = Math.abs(c.eigen.vectors[1][1]) > Math.abs(c.eigen.vectors[1][0]);
  const [steep, flatAxis] = steepIsY ? [land.axes[1], land.axes[0]] : [land.axes[0], land.axes[1]];
  if (land.baseNorm !== null && !settings.batchNorm && kappa >= 100 && lo > 0) {
    return {
      kind: 'ill-conditioned',
      title: `${pct(progress)} of the way on a stretched landscape`,
      text:
        `${covered}. The features have very different scales, so the loss curves ${num(kappa)}× more along ` +
        `${shortAxis(steep)} than along ${shortAxis(flatAxis)}: the steep axis caps the learning rate at ${limitFormula(settings)} = ${num(limit)}, ` +
        `far too small for the flat one. Standardizing the features (or BatchNorm) rounds the bowl and allows a much larger rate.`,
      numbers: { ...numbers, limit },
    };
  }
  if (plain && kappa >= 10 && lo > 0) {
    const perStep = settings.lr * lo;
    return {
      kind: 'slow-progress',
      title: `${pct(progress)} of the way along a narrow valley`,
      text:
        `${covered}. The valley is ${num(kappa)}× more curved across than along (λ = ${num(hi)} vs ${num(lo)}): the steep ` +
        `wall caps the learning rate at ${limitFormula(settings)} = ${num(limit)}, and at lr = ${num(settings.lr)} each step removes only ` +
        `lr·λmin = ${pct(perStep)} of the remaining distance along the floor.${settings.optimizer === 'sgd' ? ' Momentum builds up speed along the floor.' : ''}`,
      numbers: { ...numbers, limit, perStep },
    };
  }
  if (gradEnd <= 0.1 * gradStart) {
    return {
      kind: 'plateau',
      title: `${pct(progress)} of the way across flat ground`,
      text:
        `${covered}, crawling across nearly flat ground: the gradient norm fell to ${num(gradEnd)} (${num(gradStart)} at the start) ` +
        `with curvatures ${num(lo)} and ${num(hi)}, so each step moves the ball by about lr·‖g‖ = ${num(settings.lr * gradEnd)}. ` +
        plateauRemedies(level, settings),
      numbers,
    };
  }
  return {
    kind: 'slow-progress',
    title: `${pct(progress)} of the way`,
    text: `${covered}; at the end the gradient norm is still ${num(gradEnd)}. ${plain ? `A larger learning rate (the local stable limit is ${num(limit)}) or momentum` : 'A larger learning rate'} would cover more ground in the same budget.`,
    numbers: { ...numbers, limit },
  };
}
