import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BatchSampler, SHUFFLE_MODES, type ShuffleMode } from './sampler';
import { createRng } from './rng';

/** Draws `count` batches; returns them as plain arrays together with the sampler's epoch before each. */
function draw(s: BatchSampler, count: number): { batches: number[][]; epochs: number[] } {
  const buf = new Int32Array(s.batchSize);
  const batches: number[][] = [];
  const epochs: number[] = [];
  for (let k = 0; k < count; k++) {
    epochs.push(s.epoch);
    const c = s.next(buf);
    batches.push(Array.from(buf.subarray(0, c)));
  }
  return { batches, epochs };
}

const make = (n: number, b: number, mode: ShuffleMode, seed = 1) => new BatchSampler(n, b, mode, createRng(seed));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The concatenated order of epoch e (0-based), for modes that visit every row once per epoch. */
function epochOrders(n: number, b: number, mode: ShuffleMode, epochs: number, seed = 1): number[][] {
  const s = make(n, b, mode, seed);
  const { batches } = draw(s, s.batchesPerEpoch * epochs);
  return Array.from({ length: epochs }, (_, e) => batches.slice(e * s.batchesPerEpoch, (e + 1) * s.batchesPerEpoch).flat());
}

describe('BatchSampler: shape of the batches', () => {
  it('batchesPerEpoch = ⌈N/B⌉', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), fc.constantFrom(...SHUFFLE_MODES), (n, b0, mode) => {
        const b = Math.min(n, b0);
        expect(make(n, b, mode).batchesPerEpoch).toBe(Math.ceil(n / b));
      }),
    );
    expect(make(10_000, 32, 'epoch').batchesPerEpoch).toBe(313);
    expect(make(256, 64, 'none').batchesPerEpoch).toBe(4);
  });

  it('every batch has size B, except the last of an epoch when B does not divide N (not with replacement)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom(...SHUFFLE_MODES), (n, b0, mode) => {
        const b = Math.min(n, b0);
        const s = make(n, b, mode);
        const { batches } = draw(s, 3 * s.batchesPerEpoch);
        batches.forEach((batch, k) => {
          const lastOfEpoch = k % s.batchesPerEpoch === s.batchesPerEpoch - 1;
          const want = mode === 'replacement' || !lastOfEpoch ? b : n - b * (s.batchesPerEpoch - 1);
          expect(batch.length).toBe(want);
          for (const i of batch) expect(Number.isInteger(i) && i >= 0 && i < n).toBe(true);
        });
      }),
    );
  });

  it('the epoch counter advances after ⌈N/B⌉ batches in every mode', () => {
    for (const mode of SHUFFLE_MODES) {
      const s = make(10, 3, mode);
      const { epochs } = draw(s, 12);
      expect(epochs).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
      expect(s.epoch).toBe(3);
    }
  });
});

describe('BatchSampler: epoch, once and none visit every row exactly once per epoch', () => {
  for (const mode of ['epoch', 'once', 'none'] as const) {
    it(`${mode}: each epoch is a permutation of 0…N−1`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1e6 }), (n, b0, seed) => {
          const b = Math.min(n, b0);
          for (const order of epochOrders(n, b, mode, 3, seed)) expect([...order].sort((p, q) => p - q)).toEqual(range(n));
        }),
        { numRuns: 60 },
      );
    });
  }

  it("'none' is data order, every epoch (B = 3 does not divide N = 10)", () => {
    const s = make(10, 3, 'none');
    const { batches } = draw(s, 8);
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9], [0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
  });

  it("'epoch' reshuffles every epoch while 'once' repeats its one shuffled order", () => {
    const ep = epochOrders(100, 10, 'epoch', 4);
    expect(ep[0]).not.toEqual(range(100));
    for (let e = 1; e < 4; e++) expect(ep[e]).not.toEqual(ep[e - 1]);
    const once = epochOrders(100, 10, 'once', 4);
    expect(once[0]).not.toEqual(range(100));
    for (let e = 1; e < 4; e++) expect(once[e]).toEqual(once[0]);
  });

  it('B = N: full batch, the whole set every step', () => {
    for (const mode of ['epoch', 'once', 'none'] as const) {
      const s = make(17, 17, mode);
      expect(s.batchesPerEpoch).toBe(1);
      for (const batch of draw(s, 5).batches) expect([...batch].sort((p, q) => p - q)).toEqual(range(17));
    }
  });

  it('N = 1: the only row every time', () => {
    for (const mode of SHUFFLE_MODES) expect(draw(make(1, 1, mode), 4).batches).toEqual([[0], [0], [0], [0]]);
  });
});

describe("BatchSampler: 'replacement'", () => {
  it('draws can repeat within a batch and across an epoch', () => {
    const s = make(20, 20, 'replacement');
    const { batches } = draw(s, 10);
    const withRepeats = batches.filter((b) => new Set(b).size < b.length).length;
    // P(no repeat among 20 draws from 20) = 20!/20^20 ≈ 2e-8: essentially every batch repeats.
    expect(withRepeats).toBeGreaterThanOrEqual(9);
  });

  it('is roughly uniform (chi-square over 10 000 draws from 10 rows)', () => {
    const n = 10;
    const s = make(n, 5, 'replacement', 7);
    const counts = new Array<number>(n).fill(0);
    for (const b of draw(s, 2000).batches) for (const i of b) counts[i]++;
    const expected = 10_000 / n;
    const chi2 = counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: P(χ² > 33.7) ≈ 1e-4.
    expect(chi2).toBeLessThan(33.7);
    expect(counts.reduce((a, c) => a + c, 0)).toBe(10_000);
  });
});

describe('BatchSampler: seeds and validation', () => {
  it('same seed → same batches; another seed → other batches (random modes)', () => {
    for (const mode of ['epoch', 'once', 'replacement'] as const) {
      const a = draw(make(50, 7, mode, 3), 30).batches;
      expect(draw(make(50, 7, mode, 3), 30).batches).toEqual(a);
      expect(draw(make(50, 7, mode, 4), 30).batches).not.toEqual(a);
    }
    // 'none' ignores the seed.
    expect(draw(make(50, 7, 'none', 3), 30).batches).toEqual(draw(make(50, 7, 'none', 4), 30).batches);
  });

  it('invalid N or B throws RangeError', () => {
    for (const [n, b] of [
      [10, 0],
      [10, 11],
      [10, -1],
      [10, 2.5],
      [10, NaN],
      [0, 1],
      [-3, 1],
      [4.5, 1],
    ]) {
      expect(() => make(n, b, 'epoch'), `N=${n} B=${b}`).toThrow(RangeError);
    }
    expect(() => make(10, 10, 'replacement')).not.toThrow();
  });
});
