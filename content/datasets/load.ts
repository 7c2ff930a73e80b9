/**
 * Loads a real data set from the vega-datasets package and turns it into a DataTable. The JSON is
 * imported lazily, so a client bundle gets each file as its own chunk, fetched only when a level
 * needs it. The package's `exports` map exposes only its CDN fetch helpers, not `data/*`, so the
 * files are imported by their path in node_modules (resolved at build time, no network).
 */
import { buildDataTable, type DataTable } from '@/engine/data/table';
import { datasetSpec, type DatasetName } from '@/engine/data/catalogue';

/** Keyed rows as the package ships them. */
type Rows = readonly Record<string, unknown>[];

/** The source rows of a data set, unchanged. */
export async function loadDatasetRows(name: DatasetName): Promise<Rows> {
  switch (name) {
    case 'penguins':
      return (await import('../../node_modules/vega-datasets/data/penguins.json')).default;
    case 'cars':
      return (await import('../../node_modules/vega-datasets/data/cars.json')).default;
  }
}

/**
 * The DataTable of a data set with `features` (default: the set's own; see DATASETS): rows with
 * a missing value in a used column dropped and counted, features in raw units, source order.
 */
export async function loadDataTable(name: DatasetName, features?: readonly string[]): Promise<DataTable> {
  const spec = datasetSpec(name, features);
  return buildDataTable(await loadDatasetRows(name), spec);
}
