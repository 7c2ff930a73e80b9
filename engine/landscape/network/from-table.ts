/**
 * A split data set (engine/data) as the rows a network trains on: features as stored in the
 * tables (raw, or already standardized with the train statistics), the class index or the
 * regression target.
 */
import type { DataTable } from '../../data/table';
import type { NetworkData } from './build';

/** NetworkData from a train and a test table of the same data set. */
export function networkDataOf(train: DataTable, test: DataTable): NetworkData {
  if (train.inputs !== test.inputs || train.task !== test.task) throw new RangeError('train and test tables differ in shape');
  return {
    task: train.task,
    inputs: train.inputs,
    outputs: train.task === 'classify' ? train.classes.length : 1,
    trainX: train.X,
    trainY: train.y,
    nTrain: train.n,
    testX: test.X,
    testY: test.y,
    nTest: test.n,
  };
}
