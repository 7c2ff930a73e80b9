/** Real data sets for the network landscapes (issue 15): the catalogue and the lazy loader. */
export { DATASETS, datasetSpec, isDatasetName, type DatasetInfo, type DatasetName } from '@/engine/data/catalogue';
export { loadDataTable, loadDatasetRows } from './load';
