import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { adaptiveFinding, COLLAPSE_RATIO } from './adaptive';
import { explained, longSlopeLevel } from './test-helpers';

describe('adaptive-rate rule', () => {
  const slope = longSlopeLevel();
  const on = (optimizer: 'adagrad' | 'rmsprop' | 'adam' | 'sgd') =>
    explained(slope, { optimizer, lr: 0.05, rho: 0.9 }, { free: true });

  it('AdaGrad on a long slope: the effective rate collapses', () => {
    const { ctx, explanation } = on('adagrad');
    const f = adaptiveFinding(ctx)!;
    expect(f.kind).toBe('adaptive-decay');
    expect(f.numbers.parameter).toBe(0); // the ball travels along w₁
    expect(f.numbers.ratio).toBeLessThan(0.1);
    expect(f.numbers.late).toBeCloseTo(f.numbers.early * f.numbers.ratio, 12);
    expect(f.text).toContain('AdaGrad');
    expect(explanation.findings.map((x) => x.kind)).toContain('adaptive-decay');
    expect(explanation.lessonLinks.map((l) => l.slug)).toContain('adagrad');
  });

  it('RMSprop on the same slope keeps its rate (no collapse) and covers far more ground', () => {
    const rms = on('rmsprop');
    const f = adaptiveFinding(rms.ctx)!;
    expect(f.kind).toBe('adaptive-rate');
    expect(f.numbers.ratio).toBeGreaterThan(COLLAPSE_RATIO);
    const ada = on('adagrad');
    expect(rms.ctx.trace.x[0] - rms.ctx.trace.x[1000]).toBeGreaterThan(3 * (ada.ctx.trace.x[0] - ada.ctx.trace.x[1000]));
  });

  it('Adam reports the engine’s effective rate lr/((1 − β₁ᵗ)(√v̂ + ε)); SGD has no adaptive finding', () => {
    const f = adaptiveFinding(on('adam').ctx)!;
    expect(f.kind).toBe('adaptive-rate');
    expect(f.text).toContain('lr/((1 − β₁ᵗ)(√v̂ + ε))');
    expect(adaptiveFinding(on('sgd').ctx)).toBeNull();
  });

  it('a short AdaGrad run says nothing (the rare-feature solution reaches its goal in < 100 steps)', () => {
    const level = fixtureLevel('rare-feature');
    const { ctx } = explained(level, level.solution);
    expect(ctx.trace.steps).toBeLessThan(100);
    const f = adaptiveFinding(ctx);
    expect(f === null || f.kind === 'adaptive-decay').toBe(true);
  });
});
