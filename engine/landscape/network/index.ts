/** A real network's loss as a 2-D slice (issue 15): directions, the slice, building it from data. */
export { filterNormalizedDirection, slicePlane, type NeuronGroupsLike } from './directions';
export { networkExamples, networkSlice, slicePoint, type SliceParts } from './slice';
export { CENTRE_L2, buildNetworkSlice, networkCentre, networkShape, type BuiltSlice, type NetworkData, type NetworkSliceSpec } from './build';
export { networkDataOf } from './from-table';
export { pathPlane, planeLossGrid, trainEveryWeight, type FullTraining, type PathPlane, type WeightPath } from './trajectory-plane';
