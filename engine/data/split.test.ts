import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitTable } from './split';
import { buildDataTable, classCounts, type DataTable } from './table';

/** A table whose first feature is the row's source index, so a split's rows can be traced. */
function idTable(sizes: readonly number[]): DataTable {
  const rows: Record<string, unknown>[] = [];
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k++) rows.push({ id: rows.length, v: c * 10 + k, label: `c${c}` });
  });
  // interleave the classes deterministically so groups are not contiguous in the source
  rows.sort((a, b) => ((a.v as number) % 7) - ((b.v as number) % 7) || (a.id as number) - (b.id as number));
  rows.forEach((r, i) => (r.id = i));
  return buildDataTable(rows, { name: 'ids', features: ['id', 'v'], target: 'label', task: 'classify' });
}

const ids = (t: DataTable): number[] => Array.from({ length: t.n }, (_, i) => t.X[i * t.inputs]);

const regression = buildDataTable(
  Array.from({ length: 97 }, (_, i) => ({ id: i, y: i * 0.5 })),
  { name: 'reg', features: ['id'], target: 'y', task: 'regress' },
);

const seed = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const fraction = fc.double({ min: 0, max: 0.95, noNaN: true });

describe('splitTable', () => {
  it('is disjoint, complete, in source order, and round(f·n) rows go to test', () => {
    fc.assert(
      fc.property(seed, fraction, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 4 }), (s, f, sizes) => {
        const table = idTable(sizes);
        for (const t of [table, regression]) {
          const { train, test } = splitTable(t, { testFraction: f, seed: s });
          expect(test.n).toBe(Math.round(f * t.n));
          const a = ids(train);
          const b = ids(test);
          expect([...a, ...b].sort((p, q) => p - q)).toEqual(ids(t));
          expect(a).toEqual([...a].sort((p, q) => p - q));
          expect(b).toEqual([...b].sort((p, q) => p - q));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is stratified: each class sends its share (within one row) to test', () => {
    fc.assert(
      fc.property(seed, fraction, fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 5 }), (s, f, sizes) => {
        const table = idTable(sizes);
        const { train, test } = splitTable(table, { testFraction: f, seed: s });
        const all = classCounts(table);
        const held = classCounts(test);
        const kept = classCounts(train);
        all.forEach((count, c) => {
          expect(Math.abs(held[c] - f * count)).toBeLessThan(1);
          expect(held[c] + kept[c]).toBe(count);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same split for the same seed, and another for another seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const table = idTable([50, 30, 20]);
        const one = splitTable(table, { testFraction: 0.3, seed: s });
        const two = splitTable(table, { testFraction: 0.3, seed: s });
        expect(ids(one.test)).toEqual(ids(two.test));
        expect([...one.train.X]).toEqual([...two.train.X]);
        expect([...one.train.y]).toEqual([...two.train.y]);
        const other = splitTable(table, { testFraction: 0.3, seed: s ^ 1 });
        expect(ids(other.test)).not.toEqual(ids(one.test));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps each row’s label with its features', () => {
    const table = idTable([12, 9, 5]);
    const labelOf = new Map(ids(table).map((id, i) => [id, table.y[i]]));
    const { train, test } = splitTable(table, { testFraction: 0.25, seed: 7 });
    for (const part of [train, test]) ids(part).forEach((id, i) => expect(part.y[i]).toBe(labelOf.get(id)));
  });

  it('rejects a fraction outside [0, 1) and a non-integer seed', () => {
    for (const f of [-0.1, 1, NaN]) expect(() => splitTable(regression, { testFraction: f, seed: 1 })).toThrow(RangeError);
    expect(() => splitTable(regression, { testFraction: 0.2, seed: 1.5 })).toThrow(RangeError);
  });
});
