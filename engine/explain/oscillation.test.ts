import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { oscillationFinding } from './oscillation';
import { explained, explainRavineLevel } from './test-helpers';

describe('oscillation rule', () => {
  const ravine = fixtureLevel('ravine-momentum');

  it('GD just under 2/λmax in the ravine zig-zags across it', () => {
    const f = oscillationFinding(explained(ravine, { lr: 0.038 }).ctx)!;
    expect(f.kind).toBe('oscillation');
    expect(f.numbers.index).toBeGreaterThan(0.9);
    expect(f.numbers.lambdaMax).toBeCloseTo(50, 6);
    expect(f.numbers.limit).toBeCloseTo(0.04, 10);
    expect(f.numbers.ratio).toBeCloseTo(0.95, 10);
    expect(f.text).toContain('2/λmax');
    expect(f.text).toContain('ravine');
  });

  it('small steps and momentum at a moderate rate do not count as oscillation', () => {
    expect(oscillationFinding(explained(ravine).ctx)).toBeNull();
    expect(oscillationFinding(explained(ravine, ravine.solution).ctx)).toBeNull();
  });

  it('with momentum the limit is 2(1+μ)/λmax', () => {
    const f = oscillationFinding(explained(explainRavineLevel(), { optimizer: 'momentum', momentum: 0.9, lr: 0.07 }, { free: true }).ctx)!;
    expect(f.numbers.limit).toBeCloseTo((2 * 1.9) / 50, 10);
    expect(f.text).toContain('2(1+μ)/λmax');
  });

  it('a diverged run is left to the divergence rule', () => {
    expect(oscillationFinding(explained(ravine, { lr: 0.05 }).ctx)).toBeNull();
  });
});
