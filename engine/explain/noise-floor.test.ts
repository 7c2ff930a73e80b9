import { describe, expect, it } from 'vitest';
import { defineLevel } from '../level/define';
import { noiseFloorFinding } from './noise-floor';
import { catsDogsLevel, explained } from './test-helpers';

/** A noisy bowl (examples shifted by σ ≈ 1): at B = 1 and lr 0.2 the train loss hovers around its goal. */
const bowl = (hold: boolean) =>
  defineLevel({
    landscape: { family: 'ravine', params: { kappa: 3, angle: 30 }, variation: { n: 64, spread: [1, 0.7], seed: 4 } },
    start: [-2.5, 1.2],
    goal: { kind: 'loss', split: 'train', below: 1.85, hold },
    budget: 300,
    defaults: { batchSize: 1, lr: 0.2 },
  });

describe('noise-floor rule (loss goals held to the end)', () => {
  it('B = 1: the loss dips below the goal early, then hovers above it part of the time', () => {
    const { ctx, explanation } = explained(bowl(true), {}, { free: true });
    expect(ctx.trace.outcome).toBe('budget-exhausted');
    const f = noiseFloorFinding(ctx)!;
    expect(f.kind).toBe('noise-floor');
    expect(f.numbers.firstBelow).toBeLessThan(50);
    expect(f.numbers.fractionAbove).toBeGreaterThan(0.2);
    expect(f.numbers.mean).toBeGreaterThan(1.85);
    expect(f.numbers.lo).toBeLessThan(1.85);
    expect(f.text).toContain('B = 1 of N = 64');
    expect(explanation.headline).toMatch(/^The train loss did not stay below 1\.85 to the end: it hovered around/);
    // The noise floor is the diagnosis: no advice to raise the learning rate.
    expect(explanation.findings.map((x) => x.kind)).not.toContain('slow-progress');
    expect(explanation.lessonLinks[0]).toMatchObject({ slug: 'mini-batches', anchor: '#noise-floor' });
  });

  it('a larger batch settles below the goal; the headline says from which step it held', () => {
    const { ctx, explanation } = explained(bowl(true), { batchSize: 16 }, { free: true });
    expect(ctx.trace.outcome).toBe('reached-goal');
    expect(noiseFloorFinding(ctx)).toBeNull();
    expect(explanation.headline).toBe(`Held the train loss below 1.85 from step ${ctx.trace.goalStep} to the last of 300 steps.`);
  });

  it('without hold the first dip counts: reached, no noise floor', () => {
    const { ctx, explanation } = explained(bowl(false), {}, { free: true });
    expect(ctx.trace.outcome).toBe('reached-goal');
    expect(explanation.findings.some((f) => f.kind === 'noise-floor')).toBe(false);
    expect(explanation.headline).toMatch(/^Reached the goal in \d+ of 300 steps/);
  });

  it('ordered data without shuffling: the epoch swing is the diagnosis, not the noise floor', () => {
    const held = defineLevel({ ...catsDogsLevel(), goal: { kind: 'loss', split: 'train', below: 0.38, hold: true } });
    const { ctx, explanation } = explained(held, { optimizer: 'sgd', lr: 1, batchSize: 4, shuffle: 'none' }, { free: true });
    expect(ctx.trace.outcome).toBe('budget-exhausted');
    const kinds = explanation.findings.map((f) => f.kind);
    expect(kinds[0]).toBe('unshuffled');
    expect(kinds).not.toContain('noise-floor');
    expect(explanation.headline).toBe('The train loss did not stay below 0.38 to the end: the loss swings with every epoch.');
  });
});
