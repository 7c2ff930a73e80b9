/**
 * Rule: adaptive learning rates over time (lessons 6–7). AdaGrad divides by √(Σg²), a sum that
 * only grows, so its effective rate collapses on a long run: reported when the late rate is
 * under 30 % of the early one. RMSprop and Adam divide by a moving average that forgets, so
 * their rate follows the current slope: reported on runs of 100 steps or more.
 */
import type { Finding } from './types';
import type { RunContext } from './context';
import { runOptimizerName } from './context';
import { num, shortAxis, times } from './format';
import { rateAt } from './rates';
import { SETTINGS_REGISTRY } from '../settings-registry';

/** Step at which the "early" rate is read (the very first steps are transient). */
export const EARLY_STEP = 10;
/** AdaGrad's late/early rate ratio below which its rate is said to have collapsed. */
export const COLLAPSE_RATIO = 0.3;

/** Path length of parameter j over steps 1…end. */
function travel(ctx: RunContext, j: 0 | 1, end: number): number {
  const w = j === 0 ? ctx.trace.x : ctx.trace.y;
  let s = 0;
  for (let t = 1; t <= end; t++) s += Math.abs(w[t] - w[t - 1]);
  return s;
}

/** The adaptive-rate finding of an AdaGrad, RMSprop or Adam run, or null. */
export function adaptiveFinding(ctx: RunContext): Finding | null {
  const { settings, land } = ctx;
  const opt = settings.optimizer;
  if (opt !== 'adagrad' && opt !== 'rmsprop' && opt !== 'adam') return null;
  const late = ctx.last;
  const early = Math.min(EARLY_STEP, late);
  if (late < 50 || early < 1) return null;
  // The parameter the ball travelled along the most (a parameter at rest has a meaningless rate).
  const j = travel(ctx, 0, late) >= travel(ctx, 1, late) ? 0 : 1;
  const pick = { j, early: rateAt(ctx, j, early), late: rateAt(ctx, j, late), ratio: rateAt(ctx, j, late) / rateAt(ctx, j, early) };
  if (!Number.isFinite(pick.ratio)) return null;
  const param = shortAxis(land.axes[pick.j]);
  const numbers = { parameter: pick.j, earlyStep: early, lateStep: late, early: pick.early, late: pick.late, ratio: pick.ratio };
  const change = `went from ${num(pick.early)} at step ${early} to ${num(pick.late)} at step ${late} (${times(pick.ratio)})`;
  if (opt === 'adagrad') {
    if (pick.ratio >= COLLAPSE_RATIO) return null;
    return {
      kind: 'adaptive-decay',
      title: `AdaGrad’s rate fell to ${times(pick.ratio)} its early value`,
      text:
        `AdaGrad’s effective learning rate on ${param} ${change}: it divides by the square root of the sum of all ` +
        `past squared gradients, which only grows, so late steps keep shrinking even where the slope does not. ` +
        `RMSprop’s moving average forgets old gradients and keeps the rate up.`,
      numbers,
    };
  }
  if (late < 100) return null;
  const name = runOptimizerName(settings);
  const decay = opt === 'adam' ? `${SETTINGS_REGISTRY.beta2.symbol} = ${settings.beta2}` : `${SETTINGS_REGISTRY.rho.symbol} = ${settings.rho}`;
  return {
    kind: 'adaptive-rate',
    title: `${name}’s rate adapted instead of decaying`,
    text:
      `${name}’s effective rate on ${param} (${opt === 'adam' ? (settings.biasCorrection ? 'lr/((1 − β₁ᵗ)(√v̂ + ε))' : 'lr/(√v + ε)') : 'lr/(√v + ε)'}) ${change}: the moving average v of g² (${decay}) forgets ` +
      `old gradients, so the rate follows the current slope instead of only decaying as AdaGrad’s does.`,
    numbers,
  };
}
