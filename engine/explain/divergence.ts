/**
 * Rule: divergence — the run blew up. Compares the learning rate with the stable limit
 * (2/λmax for SGD, 2(1+μ)/λmax for heavy ball, 2(1+μ)/((1+2μ)λmax) for Nesterov; see
 * engine/optim/stability.ts) at the start and at the steepest point the ball reached
 * before it ran off, and names the step at which it happened.
 */
import { stableLrLimit } from '../diagnostics/curvature';
import type { Finding } from './types';
import type { RunContext } from './context';
import { isPlainRate, limitFormula, momentumOf, rateLimit, runOptimizerName } from './context';
import { num, times } from './format';

/** Number of points sampled along the path when looking for the steepest curvature. */
const PATH_SAMPLES = 200;

/** The divergence finding of a diverged run, or null. */
export function divergenceFinding(ctx: RunContext): Finding | null {
  const { trace, settings, level } = ctx;
  if (trace.outcome !== 'diverged') return null;
  const step = trace.steps;
  const mu = momentumOf(settings);
  const formula = limitFormula(settings);
  const lambdaStart = 2 / stableLrLimit(ctx.start);
  const limitStart = rateLimit(settings, lambdaStart);
  const steepest = steepestOnPath(ctx);
  const lambdaPath = Math.max(lambdaStart, steepest.lambda);
  const limitPath = rateLimit(settings, lambdaPath);
  const numbers: Record<string, number> = { step, lr: settings.lr, lambdaMax: lambdaStart, limit: limitStart, ratio: settings.lr / limitStart };
  if (lambdaPath > lambdaStart) Object.assign(numbers, { lambdaMaxPath: lambdaPath, limitPath, ratioPath: settings.lr / limitPath });
  const at = `Diverged at step ${step} of ${level.budget}`;
  if (isPlainRate(settings) && settings.lr > limitStart) {
    const growth = mu > 0 ? '' : ` Along the steep axis each step multiplies the distance to the floor by |1 − lr·λmax| = ${num(Math.abs(1 - settings.lr * lambdaStart), 3)}, so it grows instead of shrinking until the numbers overflow.`;
    return {
      kind: 'divergence',
      title: `lr is ${times(settings.lr / limitStart)} the stable limit ${formula}`,
      text: `${at}: the learning rate ${num(settings.lr)} is ${times(settings.lr / limitStart)} the stable limit ${formula} = ${num(limitStart)} at the start (λmax = ${num(lambdaStart)}).${growth}`,
      numbers,
    };
  }
  if (isPlainRate(settings) && settings.lr > limitPath) {
    return {
      kind: 'divergence',
      title: `lr is ${times(settings.lr / limitPath)} the stable limit ${formula} on a steeper wall`,
      text:
        `${at}: the learning rate ${num(settings.lr)} is below the stable limit ${formula} = ${num(limitStart)} at the start, ` +
        `but on the way the ball reached a steeper wall near (${num(steepest.x)}, ${num(steepest.y)}) with λmax = ${num(lambdaPath)}, ` +
        `where it is ${times(settings.lr / limitPath)} the limit ${num(limitPath)}: from there each step overshot further.`,
      numbers,
    };
  }
  const name = runOptimizerName(settings);
  const why = isPlainRate(settings)
    ? `below the stable limit ${formula} = ${num(limitPath)} everywhere the ball went, so the blow-up came from the terrain beyond the map`
    : `${name} scales its steps per parameter, so its stable limit is not simply ${formula} = ${num(limitStart)} (λmax = ${num(lambdaStart)} at the start); its early steps of about lr = ${num(settings.lr)} per parameter overshot`;
  return {
    kind: 'divergence',
    title: 'the loss blew up',
    text: `${at}: the loss or the parameters blew up. The learning rate ${num(settings.lr)} is ${why}. A smaller learning rate would keep it finite.`,
    numbers,
  };
}

/** The point of largest |curvature| among PATH_SAMPLES points of the finite part of the path. */
function steepestOnPath(ctx: RunContext): { lambda: number; x: number; y: number } {
  const { trace } = ctx;
  let best = { lambda: 0, x: trace.x[0], y: trace.y[0] };
  const n = ctx.last;
  const stride = Math.max(1, Math.ceil(n / PATH_SAMPLES));
  for (let k = 0; k <= n + stride - 1; k += stride) {
    const t = Math.min(k, n);
    const lambda = 2 / stableLrLimit(ctx.curvature(trace.x[t], trace.y[t]));
    if (Number.isFinite(lambda) && lambda > best.lambda) best = { lambda, x: trace.x[t], y: trace.y[t] };
  }
  return best;
}
