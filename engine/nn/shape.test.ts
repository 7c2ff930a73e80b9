import { describe, expect, it } from 'vitest';
import { checkMlpShape, neuronGroups, paramCount, paramLayout, type MlpShape } from './shape';

const SHAPE: MlpShape = { inputs: 4, hidden: 5, outputs: 3, activation: 'tanh', task: 'classify' };

describe('paramLayout', () => {
  it('places W1, b1, W2, b2 back to back', () => {
    expect(paramLayout(SHAPE)).toEqual({ w1: 0, b1: 20, w2: 25, b2: 40, count: 43 });
    expect(paramCount(SHAPE)).toBe(5 * (4 + 1) + 3 * (5 + 1));
  });

  it('rejects shapes the network cannot run', () => {
    expect(() => checkMlpShape({ ...SHAPE, hidden: 0 })).toThrow(RangeError);
    expect(() => checkMlpShape({ ...SHAPE, inputs: 2.5 })).toThrow(RangeError);
    expect(() => checkMlpShape({ ...SHAPE, outputs: 1 })).toThrow(/two outputs/);
    expect(() => checkMlpShape({ ...SHAPE, task: 'regress' })).toThrow(/one output/);
    expect(() => checkMlpShape({ ...SHAPE, task: 'regress', outputs: 1 })).not.toThrow();
  });
});

describe('neuronGroups', () => {
  it('lists each neuron’s incoming weights, and marks the biases', () => {
    const { groups, isBias } = neuronGroups(SHAPE);
    expect(groups).toEqual([
      [0, 4], [4, 8], [8, 12], [12, 16], [16, 20],
      [25, 30], [30, 35], [35, 40],
    ]);
    expect(Array.from(isBias).flatMap((b, i) => (b ? [i] : []))).toEqual([20, 21, 22, 23, 24, 40, 41, 42]);
    // Groups and biases cover θ exactly once.
    const covered = new Uint8Array(paramCount(SHAPE));
    for (const [a, b] of groups) for (let i = a; i < b; i++) covered[i]++;
    isBias.forEach((b, i) => (covered[i] += b));
    expect(covered.every((c) => c === 1)).toBe(true);
  });
});
