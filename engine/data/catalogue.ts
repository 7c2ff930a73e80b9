/**
 * The real data sets of the course (issue 15): what each is, where it comes from, its licence,
 * and which columns a level may use. Plain data, read by the loader, the README and the editor.
 * Both come unchanged from the npm package vega-datasets (BSD-3-Clause), never copied by hand.
 */
import type { NetTask } from '../nn/shape';
import type { DataTableSpec } from './table';

/** Identifier of a real data set. */
export type DatasetName = 'penguins' | 'cars';

/** One catalogue entry. */
export interface DatasetInfo {
  readonly name: DatasetName;
  readonly title: string;
  /** One sentence for a reader. */
  readonly summary: string;
  /** The data's own licence. */
  readonly licence: string;
  /** The npm package it is loaded from, and that package's licence. */
  readonly packageLicence: string;
  /** Who collected it, and the address of the source. */
  readonly source: string;
  readonly sourceUrl: string;
  /** Rows in the source file, before any are dropped. */
  readonly rows: number;
  readonly task: NetTask;
  readonly target: string;
  /** Class labels in index order (classify); [] for regress. */
  readonly classes: readonly string[];
  /** The features used when a level names none. */
  readonly features: readonly string[];
  /** Every column a level may choose as a feature. */
  readonly choices: readonly string[];
}

const PACKAGE = 'vega-datasets (npm), BSD-3-Clause';

/** Every real data set, by name. */
export const DATASETS: Readonly<Record<DatasetName, DatasetInfo>> = {
  penguins: {
    name: 'penguins',
    title: 'Palmer penguins',
    summary: 'Beak, flipper and body measurements of 344 penguins of three species on the Palmer Archipelago, Antarctica.',
    licence: 'CC0-1.0 (public domain dedication)',
    packageLicence: PACKAGE,
    source: 'Dr. Kristen Gorman and the Palmer Station Antarctica LTER, via Allison Horst’s palmerpenguins',
    sourceUrl: 'https://github.com/allisonhorst/palmerpenguins',
    rows: 344,
    task: 'classify',
    target: 'Species',
    classes: ['Adelie', 'Chinstrap', 'Gentoo'],
    features: ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'],
    choices: ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'],
  },
  cars: {
    name: 'cars',
    title: 'Classic cars (fuel economy)',
    summary: 'Specifications of 406 cars from 1970–1982; predict miles per gallon from engine and weight.',
    licence: 'StatLib, 1982: “distributed for educational and scientific purposes”',
    packageLicence: PACKAGE,
    source: 'StatLib Datasets Archive, Carnegie Mellon University',
    sourceUrl: 'http://lib.stat.cmu.edu/datasets/',
    rows: 406,
    task: 'regress',
    target: 'Miles_per_Gallon',
    classes: [],
    features: ['Horsepower', 'Weight_in_lbs'],
    choices: ['Cylinders', 'Displacement', 'Horsepower', 'Weight_in_lbs', 'Acceleration'],
  },
};

/** Whether `name` is a catalogued data set (for input from a level file or a URL). */
export function isDatasetName(name: string): name is DatasetName {
  return Object.prototype.hasOwnProperty.call(DATASETS, name);
}

/**
 * The table spec for a data set, with `features` (default: the set's own) checked against its
 * choices. Throws a RangeError for an unknown, repeated or empty feature list.
 */
export function datasetSpec(name: DatasetName, features?: readonly string[]): DataTableSpec {
  const info = DATASETS[name];
  const used = features ?? info.features;
  if (used.length === 0) throw new RangeError(`${name}: choose at least one feature`);
  const unknown = used.filter((f) => !info.choices.includes(f));
  if (unknown.length > 0) throw new RangeError(`${name}: unknown feature ${unknown.map((f) => `"${f}"`).join(', ')} (choose from ${info.choices.join(', ')})`);
  if (new Set(used).size !== used.length) throw new RangeError(`${name}: a feature is listed twice`);
  return info.task === 'classify'
    ? { name, features: [...used], target: info.target, task: info.task, classes: info.classes }
    : { name, features: [...used], target: info.target, task: info.task };
}

/** Every data set's name, in catalogue order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];
