/** Public surface of the optimizer module. */
export type { Hyper, Internals, OptState, Optimizer, OptimizerId } from './types';
export { sgd } from './sgd';
export { momentum } from './momentum';
export { nesterov } from './nesterov';
export { adagrad } from './adagrad';
export { rmsprop } from './rmsprop';
export { adam } from './adam';
export {
  OPTIMIZERS,
  OPTIMIZER_IDS,
  getOptimizer,
  DEFAULT_HYPER,
  HYPER_RANGES,
  clampHyper,
} from './registry';
export type { HyperRange, NumericHyperKey } from './registry';
export { initState, step } from './pure';
export type { StepResult } from './pure';
export { stableRateLimit, stableRateFormula, overshootRate, momentumOfOptimizer } from './stability';
export type { MomentumForm } from './stability';
