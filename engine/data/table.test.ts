import { describe, expect, it } from 'vitest';
import { buildDataTable, classCounts, isMissing, selectRows } from './table';

const rows: Record<string, unknown>[] = [
  { a: 1, b: 2, t: 'x', r: 0.5 },
  { a: 'NA', b: 2, t: 'y', r: 1 },
  { a: 3, b: null, t: 'x', r: 2 },
  { a: 4, b: '', t: 'y', r: 3 },
  { a: NaN, b: 1, t: 'x', r: 4 },
  { a: 5, b: 6, t: 'y', r: 5 },
  { a: 7, t: 'x', r: 6 }, // b undefined
  { a: 8, b: 9, t: 'NA', r: 'NA' },
  { a: '10', b: 11, t: 'x', r: 7 }, // a numeric string is not a number
  { a: 12, b: Infinity, t: 'y', r: 8 },
  { a: 13, b: 14, t: 'z', r: NaN },
];

describe('isMissing', () => {
  it('knows null, undefined, NaN, "" and "NA"', () => {
    for (const v of [null, undefined, NaN, '', 'NA']) expect(isMissing(v)).toBe(true);
    for (const v of [0, 'na', 'Adelie', false, Infinity]) expect(isMissing(v)).toBe(false);
  });
});

describe('buildDataTable', () => {
  it('drops and counts rows with a missing or non-numeric feature (classify)', () => {
    const t = buildDataTable(rows, { name: 's', features: ['a', 'b'], target: 't', task: 'classify' });
    expect(t.classes).toEqual(['x', 'y', 'z']); // sorted distinct non-empty labels; "NA" is missing
    expect([t.n, t.dropped, t.total]).toEqual([3, 8, 11]);
    expect([...t.X]).toEqual([1, 2, 5, 6, 13, 14]);
    expect([...t.y]).toEqual([0, 1, 2]);
    expect(t.inputs).toBe(2);
    expect(classCounts(t)).toEqual([1, 1, 1]);
  });

  it('drops rows whose label is not in the given classes', () => {
    const t = buildDataTable(rows, { name: 's', features: ['a', 'b'], target: 't', task: 'classify', classes: ['y', 'x'] });
    expect([...t.y]).toEqual([1, 0]);
    expect([t.n, t.dropped]).toEqual([2, 9]);
  });

  it('needs a finite numeric target for a regression', () => {
    const t = buildDataTable(rows, { name: 's', features: ['a'], target: 'r', task: 'regress' });
    // kept: a finite and r finite → rows 0, 2, 3, 5, 6, 9
    expect([...t.X]).toEqual([1, 3, 4, 5, 7, 12]);
    expect([...t.y]).toEqual([0.5, 2, 3, 5, 6, 8]);
    expect([t.n, t.dropped, t.total, t.classes.length]).toEqual([6, 5, 11, 0]);
  });

  it('rejects an unusable spec', () => {
    const base = { name: 's', target: 't', task: 'classify' as const };
    expect(() => buildDataTable(rows, { ...base, features: [] })).toThrow(RangeError);
    expect(() => buildDataTable(rows, { ...base, features: ['a', 'a'] })).toThrow(RangeError);
    expect(() => buildDataTable(rows, { ...base, features: ['a', 't'] })).toThrow(RangeError);
    expect(() => buildDataTable(rows, { ...base, features: ['a'], classes: ['x'] })).toThrow(RangeError);
    expect(() => buildDataTable(rows, { name: 's', features: ['a'], target: 'r', task: 'regress', classes: ['x', 'y'] })).toThrow(RangeError);
    expect(() => buildDataTable([{ a: 1, t: 'x' }], { ...base, features: ['a'] })).toThrow(/fewer than two classes/);
  });
});

describe('selectRows', () => {
  it('copies the chosen rows in the given order and keeps the source counts', () => {
    const t = buildDataTable(rows, { name: 's', features: ['a', 'b'], target: 't', task: 'classify' });
    const s = selectRows(t, [2, 0]);
    expect([...s.X]).toEqual([13, 14, 1, 2]);
    expect([...s.y]).toEqual([2, 0]);
    expect([s.n, s.dropped, s.total]).toEqual([2, 8, 11]);
    s.X[0] = -1;
    expect(t.X[4]).toBe(13);
    expect(() => selectRows(t, [3])).toThrow(RangeError);
  });
});
