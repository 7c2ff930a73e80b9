import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { prepareSplit } from './prepare';
import { featureStats, standardizeTable } from './standardize';
import { buildDataTable, type DataTable } from './table';

/** Badly scaled features (grams next to millimetres) plus a constant column. */
function scaled(task: 'classify' | 'regress'): DataTable {
  const rng = createRng(3);
  const rows = Array.from({ length: 120 }, (_, i) => {
    const mass = 4000 + 800 * rng.normal();
    const beak = 44 + 5 * rng.normal();
    return { mass, beak, flat: 2, label: i % 3 === 0 ? 'a' : 'b', mpg: 0.01 * mass - beak };
  });
  return task === 'classify'
    ? buildDataTable(rows, { name: 'scaled', features: ['mass', 'beak', 'flat'], target: 'label', task })
    : buildDataTable(rows, { name: 'scaled', features: ['mass', 'beak', 'flat'], target: 'mpg', task });
}

function columnMeanStd(t: DataTable, j: number): [number, number] {
  let m = 0;
  for (let i = 0; i < t.n; i++) m += t.X[i * t.inputs + j];
  m /= t.n;
  let v = 0;
  for (let i = 0; i < t.n; i++) v += (t.X[i * t.inputs + j] - m) ** 2;
  return [m, Math.sqrt(v / t.n)];
}

describe('standardization', () => {
  it('z-scores the train features (mean 0, std 1; a constant column only centred)', () => {
    const train = scaled('classify');
    const stats = featureStats(train);
    expect(stats.std[2]).toBe(0);
    const z = standardizeTable(train, stats);
    for (const j of [0, 1]) {
      const [m, s] = columnMeanStd(z, j);
      expect(Math.abs(m)).toBeLessThan(1e-12);
      expect(s).toBeCloseTo(1, 12);
    }
    expect(columnMeanStd(z, 2)).toEqual([0, 0]);
    expect([...z.y]).toEqual([...train.y]);
    expect(train.X[0]).toBeGreaterThan(1000); // the input is not changed
  });

  it('scales the test set with the train statistics, not its own', () => {
    const { train, test, stats } = prepareSplit(scaled('regress'), { testFraction: 0.25, seed: 11, standardize: true });
    expect(stats).not.toBeNull();
    const raw = prepareSplit(scaled('regress'), { testFraction: 0.25, seed: 11 });
    expect(raw.stats).toBeNull();
    const own = featureStats(raw.test);
    for (let i = 0; i < test.n; i++) {
      for (let j = 0; j < 2; j++) {
        const x = raw.test.X[i * test.inputs + j];
        expect(test.X[i * test.inputs + j]).toBeCloseTo((x - stats!.mean[j]) / stats!.std[j], 12);
      }
    }
    expect(own.mean[0]).not.toBeCloseTo(stats!.mean[0], 6);
    expect(Math.abs(columnMeanStd(train, 0)[0])).toBeLessThan(1e-12);
    // the regression target stays in its units by default
    expect([...train.y]).toEqual([...raw.train.y]);
    expect([...test.y]).toEqual([...raw.test.y]);
  });

  it('z-scores a regression target only when asked', () => {
    const { train, stats } = prepareSplit(scaled('regress'), { testFraction: 0.2, seed: 5, standardize: true, target: 'standardize' });
    let m = 0;
    for (const v of train.y) m += v;
    expect(Math.abs(m / train.n)).toBeLessThan(1e-12);
    expect(stats!.targetStd).toBeGreaterThan(0);
    const c = prepareSplit(scaled('classify'), { testFraction: 0.2, seed: 5, standardize: true, target: 'standardize' });
    expect(new Set(c.train.y)).toEqual(new Set([0, 1]));
  });

  it('rejects statistics of other features and an empty table', () => {
    const t = scaled('classify');
    const other = buildDataTable([{ p: 1, label: 'a' }, { p: 2, label: 'b' }], { name: 'o', features: ['p'], target: 'label', task: 'classify' });
    expect(() => standardizeTable(t, featureStats(other))).toThrow(RangeError);
    expect(() => featureStats({ ...t, n: 0, X: new Float64Array(0), y: new Float64Array(0) })).toThrow(RangeError);
  });
});
