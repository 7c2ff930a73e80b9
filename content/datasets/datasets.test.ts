import { describe, expect, it } from 'vitest';
import { classCounts, type DataTable } from '@/engine/data/table';
import { prepareSplit } from '@/engine/data/prepare';
import { DATASETS, datasetSpec, isDatasetName } from '@/engine/data/catalogue';
import { loadDataTable, loadDatasetRows } from './load';
import datapackage from '../../node_modules/vega-datasets/datapackage.json';

const allFinite = (a: Float64Array): boolean => a.every((v) => Number.isFinite(v));

function expectClean(t: DataTable): void {
  expect(t.X.length).toBe(t.n * t.inputs);
  expect(t.y.length).toBe(t.n);
  expect(allFinite(t.X)).toBe(true);
  expect(allFinite(t.y)).toBe(true);
  expect(t.n + t.dropped).toBe(t.total);
}

describe('penguins (vega-datasets penguins.json)', () => {
  it('keeps 342 of 344 rows: two have no measurements', async () => {
    const t = await loadDataTable('penguins');
    expectClean(t);
    expect([t.total, t.n, t.dropped]).toEqual([344, 342, 2]);
    expect(t.features).toEqual(['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)']);
    expect(t.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(classCounts(t)).toEqual([151, 68, 123]);
    // raw units: body mass in grams, beak depth in millimetres
    expect(t.X[3]).toBe(3750);
    expect(t.X[1]).toBe(18.7);
  });

  it('splits stratified and by seed', async () => {
    const t = await loadDataTable('penguins');
    const a = prepareSplit(t, { testFraction: 0.2, seed: 15 });
    const b = prepareSplit(t, { testFraction: 0.2, seed: 15 });
    expect([a.train.n, a.test.n]).toEqual([274, 68]);
    expect(classCounts(a.test)).toEqual([30, 14, 24]);
    expect([...a.test.X]).toEqual([...b.test.X]);
    const z = prepareSplit(t, { testFraction: 0.2, seed: 15, standardize: true });
    expect(z.stats!.mean[3]).toBeGreaterThan(4000);
    expect(Math.abs(z.train.X[3])).toBeLessThan(5);
  });
});

describe('cars (vega-datasets cars.json)', () => {
  it('keeps 392 of 406 rows for mpg from horsepower and weight (8 lack mpg, 6 horsepower)', async () => {
    const t = await loadDataTable('cars');
    expectClean(t);
    expect([t.total, t.n, t.dropped]).toEqual([406, 392, 14]);
    expect([t.task, t.target, t.classes]).toEqual(['regress', 'Miles_per_Gallon', []]);
    expect([t.X[0], t.X[1], t.y[0]]).toEqual([130, 3504, 18]);
  });

  it('drops by the columns a level uses', async () => {
    expect((await loadDataTable('cars', ['Weight_in_lbs'])).dropped).toBe(8);
    expect((await loadDataTable('cars', ['Cylinders', 'Displacement', 'Weight_in_lbs', 'Acceleration'])).dropped).toBe(8);
    const all = await loadDataTable('cars', DATASETS.cars.choices);
    expectClean(all);
    expect([all.n, all.inputs]).toEqual([392, 5]);
  });

  it('rejects a column that is not a choice', async () => {
    await expect(loadDataTable('cars', ['Name'])).rejects.toThrow(RangeError);
    await expect(loadDataTable('cars', ['Miles_per_Gallon'])).rejects.toThrow(RangeError);
    expect(() => datasetSpec('cars', [])).toThrow(RangeError);
    expect(() => datasetSpec('cars', ['Horsepower', 'Horsepower'])).toThrow(RangeError);
  });
});

describe('the catalogue', () => {
  it('matches the files and the package’s own metadata', async () => {
    const resources = new Map(datapackage.resources.map((r) => [r.name, r]));
    expect(datapackage.licenses.map((l) => l.name)).toEqual(['BSD-3-Clause']);
    expect(JSON.stringify(resources.get('penguins')?.licenses)).toContain('CC0');
    expect(JSON.stringify(resources.get('cars')?.licenses)).toContain('1982 for educational and scientific purposes');
    for (const info of Object.values(DATASETS)) {
      expect(isDatasetName(info.name)).toBe(true);
      const rows = await loadDatasetRows(info.name);
      expect(rows.length).toBe(info.rows);
      for (const col of [...info.choices, info.target]) expect(Object.keys(rows[0])).toContain(col);
      expect(info.choices).toEqual(expect.arrayContaining([...info.features]));
    }
    expect(isDatasetName('toString')).toBe(false);
  });
});
