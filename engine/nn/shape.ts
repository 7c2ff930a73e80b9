/**
 * The shape of a small multilayer perceptron and where each parameter lives in the flat vector θ.
 * Real-network landscapes (issue 15) treat a whole network as one point θ ∈ ℝᴾ, so every other
 * file here (forward pass, Hessian-vector products, training, filter-normalized directions)
 * reads θ through this one layout.
 */

/** The hidden layer's nonlinearity. */
export type Activation = 'tanh' | 'relu';

/** What the outputs mean: class scores (softmax cross-entropy) or one real value (squared error). */
export type NetTask = 'classify' | 'regress';

/**
 * One hidden layer: inputs → hidden (activation) → outputs (softmax cross-entropy, or
 * identity + squared error). Classification needs outputs ≥ 2; regression has outputs = 1.
 */
export interface MlpShape {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly activation: Activation;
  readonly task: NetTask;
}

/** Offsets of the four blocks of θ, and its length. */
export interface ParamLayout {
  w1: number;
  b1: number;
  w2: number;
  b2: number;
  count: number;
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 1;

/**
 * Throws a RangeError when `shape` is not a network this module can run (sizes not positive
 * integers, an unknown activation or task, fewer than two classes, or a regression with more
 * than one output). Called once when scratch space or parameters are made, not per example.
 */
export function checkMlpShape(shape: MlpShape): void {
  const { inputs, hidden, outputs, activation, task } = shape;
  if (!isCount(inputs) || !isCount(hidden) || !isCount(outputs)) {
    throw new RangeError(`MLP sizes must be positive integers (got ${inputs}-${hidden}-${outputs})`);
  }
  if (activation !== 'tanh' && activation !== 'relu') throw new RangeError(`unknown activation "${String(activation)}"`);
  if (task === 'classify') {
    if (outputs < 2) throw new RangeError('classification needs at least two outputs (one per class)');
  } else if (task === 'regress') {
    if (outputs !== 1) throw new RangeError('regression has exactly one output');
  } else {
    throw new RangeError(`unknown task "${String(task)}"`);
  }
}

/**
 * Parameter layout of θ (a Float64Array of length `count`):
 *   W1 (hidden × inputs, row h = unit h's incoming weights), b1 (hidden),
 *   W2 (outputs × hidden, row o = output o's incoming weights), b2 (outputs).
 * Rows are contiguous so that a neuron's incoming weights form one slice (filter normalization).
 */
export function paramLayout(shape: MlpShape): ParamLayout {
  checkMlpShape(shape);
  const { inputs, hidden, outputs } = shape;
  const w1 = 0;
  const b1 = w1 + hidden * inputs;
  const w2 = b1 + hidden;
  const b2 = w2 + outputs * hidden;
  return { w1, b1, w2, b2, count: b2 + outputs };
}

/** Length of θ: hidden·(inputs + 1) + outputs·(hidden + 1). */
export function paramCount(shape: MlpShape): number {
  return paramLayout(shape).count;
}

/**
 * Groups of θ entries for filter normalization (Li et al. 2018, "Visualizing the Loss Landscape
 * of Neural Nets"): a random direction is rescaled neuron by neuron so that each neuron's
 * incoming weights have the norm they have in θ, which makes plots comparable across the
 * scale-invariances of the network. Groups are half-open ranges [start, end): the hidden units'
 * W1 rows in order, then the output units' W2 rows. `isBias[i]` is 1 for bias entries (b1, b2),
 * which the method usually zeroes or leaves unnormalized.
 */
export function neuronGroups(shape: MlpShape): { groups: readonly (readonly [number, number])[]; isBias: Uint8Array } {
  const layout = paramLayout(shape);
  const { inputs, hidden, outputs } = shape;
  const groups: (readonly [number, number])[] = [];
  for (let h = 0; h < hidden; h++) groups.push([layout.w1 + h * inputs, layout.w1 + (h + 1) * inputs]);
  for (let o = 0; o < outputs; o++) groups.push([layout.w2 + o * hidden, layout.w2 + (o + 1) * hidden]);
  const isBias = new Uint8Array(layout.count);
  isBias.fill(1, layout.b1, layout.b1 + hidden);
  isBias.fill(1, layout.b2, layout.b2 + outputs);
  return { groups, isBias };
}
