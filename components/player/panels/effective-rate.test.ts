/**
 * One definition of the effective learning rate: the player's chart and the run explanation
 * report the same number for the same trace (engine/diagnostics/effective-rate.ts).
 */
import { describe, expect, it } from 'vitest';
import { adaptiveFinding } from '@/engine/explain/adaptive';
import { explained, longSlopeLevel } from '@/engine/explain/test-helpers';
import { effectiveLrSeries } from './RunCharts';

describe('effective learning rate: chart = explanation', () => {
  it.each([
    ['adagrad', true],
    ['rmsprop', true],
    ['adam', true],
    ['adam', false],
  ] as const)('%s (bias correction %s): the finding’s early and late rates are the chart’s values', (optimizer, biasCorrection) => {
    const { ctx } = explained(longSlopeLevel(), { optimizer, lr: 0.05, rho: 0.9, biasCorrection }, { free: true });
    const f = adaptiveFinding(ctx);
    expect(f).not.toBeNull();
    const j = f!.numbers.parameter as 0 | 1;
    const series = effectiveLrSeries(ctx.trace, j);
    expect(f!.numbers.early).toBe(series[f!.numbers.earlyStep]);
    expect(f!.numbers.late).toBe(series[f!.numbers.lateStep]);
  });

  it('Adam’s rate is PyTorch’s step_size/denom: lr/((1 − β₁ᵗ)(√v̂ + ε)), the multiplier on the raw first moment', () => {
    const { ctx } = explained(longSlopeLevel(), { optimizer: 'adam', lr: 0.05 }, { free: true });
    const { trace, settings } = ctx;
    const series = effectiveLrSeries(trace, 0);
    for (const t of [1, 10, 200]) {
      const v = trace.slots[trace.slotCount * t + 2];
      const vHat = v / (1 - settings.beta2 ** t);
      const expected = settings.lr / ((1 - settings.beta1 ** t) * (Math.sqrt(vHat) + settings.eps));
      expect(series[t]).toBeCloseTo(expected, 12);
      // The step taken is that rate times m.
      const m = trace.slots[trace.slotCount * t];
      expect(trace.x[t - 1] - trace.x[t]).toBeCloseTo(series[t] * m, 12);
    }
  });
});
