/**
 * The glossary: one entry per word the lessons use. Lessons link to an entry with
 * `<Term id="…">`; the content check fails on an id that is not here. Plain data.
 */
export interface GlossaryEntry {
  /** Anchor on /glossary (stable: lessons and links use it). */
  readonly id: string;
  readonly term: string;
  /** One or two plain sentences. */
  readonly definition: string;
  /** Lesson slug (content/course.ts) where the idea is taught, if one is. */
  readonly lesson?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'loss', term: 'Loss', definition: 'A number that says how wrong the model is. Here it is the mean of per-example losses over the training set, L(W) = (1/N) Σ Lᵢ(W).', lesson: 'mini-batches' },
  { id: 'gradient', term: 'Gradient', definition: 'The vector of partial derivatives of the loss: the direction in which the loss rises fastest. A descent step goes the opposite way.', lesson: 'mini-batches' },
  { id: 'learning-rate', term: 'Learning rate', definition: 'How far each step moves the parameters along the negative gradient (η in formulas, lr on the player’s control).', lesson: 'mini-batches' },
  { id: 'sgd', term: 'Stochastic gradient descent (SGD)', definition: 'Gradient descent where each step uses the gradient of a random sample of examples instead of the whole training set.', lesson: 'mini-batches' },
  { id: 'batch', term: 'Batch', definition: 'The examples used for one step. Full-batch (BGD) uses all N; pure SGD uses one.', lesson: 'mini-batches' },
  { id: 'mini-batch', term: 'Mini-batch', definition: 'A small random subset of B training examples whose mean gradient stands in for the full gradient for one step.', lesson: 'mini-batches' },
  { id: 'batch-size', term: 'Batch size (B)', definition: 'The number of examples per step. Small B: many cheap, noisy steps; large B: fewer, precise, costlier ones.', lesson: 'mini-batches' },
  { id: 'epoch', term: 'Epoch', definition: 'One pass through the whole training set: N / B steps for N examples and batch size B.', lesson: 'batch-size-and-shuffling' },
  { id: 'shuffling', term: 'Shuffling', definition: 'Reordering the training examples (every epoch, once, never, or sampling with replacement) so consecutive batches are not alike.', lesson: 'batch-size-and-shuffling' },
  { id: 'unbiased-estimate', term: 'Unbiased estimate', definition: 'An estimate whose average over all random draws equals the true value. A mini-batch gradient is unbiased: wrong each step, right on average.', lesson: 'mini-batches' },
  { id: 'variance', term: 'Variance', definition: 'The mean squared distance of a random quantity from its average. The variance of a batch gradient shrinks roughly like 1/B.', lesson: 'mini-batches' },
  { id: 'training-set', term: 'Training set', definition: 'The examples the optimizer sees and whose mean loss it minimizes.', lesson: 'mini-batches' },
  { id: 'test-set', term: 'Test set', definition: 'Fresh examples from the same distribution, never used for training, that measure how well the model generalizes.', lesson: 'sharp-minima' },
  { id: 'overfitting', term: 'Overfitting', definition: 'Fitting the training examples so closely that the loss on new examples gets worse.', lesson: 'sharp-minima' },
  { id: 'generalization-gap', term: 'Generalization gap', definition: 'Test loss minus training loss. A large gap means the model learned the training sample rather than the pattern.', lesson: 'sharp-minima' },
  { id: 'local-minimum', term: 'Local minimum', definition: 'A point lower than everything near it, though not necessarily the lowest point of the whole surface.', lesson: 'sharp-minima' },
  { id: 'saddle-point', term: 'Saddle point', definition: 'A point where the gradient is zero but the surface curves up in some directions and down in others, like x² − y² at the origin.', lesson: 'saddle-points' },
  { id: 'plateau', term: 'Plateau', definition: 'A wide, nearly flat region of high loss: the gradient is tiny, so steps are tiny, and training looks converged though it is not.', lesson: 'saddle-points' },
  { id: 'hessian', term: 'Hessian', definition: 'The matrix of second derivatives of the loss. Its eigenvalues are the curvatures along its eigenvectors.', lesson: 'saddle-points' },
  { id: 'eigenvalue', term: 'Eigenvalue', definition: 'For the Hessian: the curvature along one principal direction. All positive: a minimum; mixed signs: a saddle.', lesson: 'saddle-points' },
  { id: 'sharp-minimum', term: 'Sharp minimum', definition: 'A minimum in a narrow basin: a small change of the parameters raises the loss a lot. It tends to generalize worse.', lesson: 'sharp-minima' },
  { id: 'flat-minimum', term: 'Flat minimum', definition: 'A minimum in a wide basin: the loss barely changes when the parameters move a little, so a shifted test landscape hurts less.', lesson: 'sharp-minima' },
  { id: 'sharpness', term: 'Sharpness (Keskar’s)', definition: 'Keskar et al.’s measure (their ε-sharpness): the largest relative rise of the loss within a small box of half-width δ around a point, in percent.', lesson: 'sharp-minima' },
  { id: 'early-stopping', term: 'Early stopping', definition: 'Keeping the parameters from the step with the best test (validation) loss instead of the last step.', lesson: 'sharp-minima' },
  { id: 'ravine', term: 'Ravine', definition: 'A long, narrow valley: steep across, nearly flat along. Plain gradient descent bounces between its walls.', lesson: 'ravines-and-momentum' },
  { id: 'condition-number', term: 'Condition number', definition: 'The ratio of the largest to the smallest Hessian eigenvalue. Large means a stretched, ravine-like surface that is slow to descend.', lesson: 'ravines-and-momentum' },
  { id: 'momentum', term: 'Momentum', definition: 'Carrying part of the previous step into the next one, so consistent directions add up and zig-zags cancel.', lesson: 'ravines-and-momentum' },
  { id: 'adagrad', term: 'AdaGrad', definition: 'An optimizer that divides each parameter’s step by the square root of the sum of all its past squared gradients.', lesson: 'adagrad' },
  { id: 'rmsprop', term: 'RMSprop', definition: 'Like AdaGrad, but with an exponential moving average of squared gradients, so old gradients are forgotten and the rate does not die out.', lesson: 'rmsprop-and-adam' },
  { id: 'adam', term: 'Adam', definition: 'Momentum plus RMSprop: moving averages of the gradient and of its square, both bias-corrected.', lesson: 'rmsprop-and-adam' },
  { id: 'effective-learning-rate', term: 'Effective learning rate', definition: 'The step size a parameter actually gets per unit of gradient, e.g. η / (√v + ε) in AdaGrad. The player’s internals panel plots it.', lesson: 'adagrad' },
  { id: 'bias-correction', term: 'Bias correction', definition: 'Adam’s division of its moving averages by (1 − β₁ᵗ) and (1 − β₂ᵗ), undoing their pull toward the zero they start from.', lesson: 'rmsprop-and-adam' },
  { id: 'exponential-moving-average', term: 'Exponential moving average', definition: 'vₜ = β vₜ₋₁ + (1 − β) xₜ: an average whose weights shrink geometrically with age, so it forgets old values.', lesson: 'rmsprop-and-adam' },
  { id: 'standardization', term: 'Standardization (z-score)', definition: 'Rescaling each feature to mean 0 and standard deviation 1, which rounds a stretched loss surface.', lesson: 'normalization' },
  { id: 'batch-normalization', term: 'Batch normalization', definition: 'Normalizing activations with the mini-batch’s mean and variance, then scaling and shifting with learned γ and β; running averages are used at test time.', lesson: 'normalization' },
  { id: 'regularization', term: 'Regularization', definition: 'A penalty added to the loss (or another change to training) that prefers simpler models and reshapes the surface.', lesson: 'regularization' },
  { id: 'l1-regularization', term: 'L1 regularization', definition: 'Adding λ Σ |W| to the loss. It pushes unimportant weights to exactly zero.', lesson: 'regularization' },
  { id: 'l2-regularization', term: 'L2 regularization', definition: 'Adding (λ/2) Σ W² to the loss. It shrinks every weight smoothly toward zero but rarely to zero.', lesson: 'regularization' },
  { id: 'filter-normalization', term: 'Filter normalization', definition: 'Scaling each unit’s part of a random direction in weight space to the size of that unit’s own weights (biases left out), so a plot’s axes mean the same for every unit (Li et al., 2018).', lesson: 'real-network' },
  { id: 'weight-decay', term: 'Weight decay', definition: 'Shrinking the weights by a fixed fraction every step; for plain SGD it is the same as L2 regularization.', lesson: 'regularization' },
];

/** Glossary entries by id. */
export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));
