/**
 * The ten lessons of the course, in order (see SYLLABUS.md). Used by the home page and the
 * course map. Plain data: no React, so the server, tests and scripts can read it too.
 */
export interface CourseEntry {
  /** 1-based position in the course. */
  readonly number: number;
  /** URL segment under /learn. */
  readonly slug: string;
  readonly title: string;
  /** One sentence: the question the lesson answers. */
  readonly summary: string;
}

export const COURSE_OUTLINE: readonly CourseEntry[] = [
  {
    number: 1,
    slug: 'mini-batches',
    title: 'Mini-batch SGD and the unbiased gradient',
    summary: 'Why a gradient from a few examples is wrong every step and right on average.',
  },
  {
    number: 2,
    slug: 'batch-size-and-shuffling',
    title: 'Batch size, shuffling and a jagged loss curve',
    summary: 'How batch size and data order turn a smooth descent into a saw-tooth.',
  },
  {
    number: 3,
    slug: 'sharp-minima',
    title: 'Sharp minima and the generalization gap',
    summary: 'Why large batches settle in narrow basins that fail on new data.',
  },
  {
    number: 4,
    slug: 'saddle-points',
    title: 'Saddle points',
    summary: 'Flat, high and not a minimum: how a ball stalls, and what gets it moving.',
  },
  {
    number: 5,
    slug: 'ravines-and-momentum',
    title: 'Ravines and momentum',
    summary: 'Bouncing between steep walls, and how momentum rolls along the valley floor.',
  },
  {
    number: 6,
    slug: 'adagrad',
    title: 'AdaGrad',
    summary: 'A learning rate per parameter, and why it slowly runs out of steam.',
  },
  {
    number: 7,
    slug: 'rmsprop-and-adam',
    title: 'RMSprop and Adam',
    summary: 'Moving averages that forget, and what bias correction really fixes.',
  },
  {
    number: 8,
    slug: 'normalization',
    title: 'Normalization',
    summary: 'Rounding a stretched landscape by rescaling features, and what BatchNorm’s batch statistics cost.',
  },
  {
    number: 9,
    slug: 'regularization',
    title: 'Regularization',
    summary: 'Penalties on the weights: why L1 prunes to exact zeros and L2 only shrinks.',
  },
  {
    number: 10,
    slug: 'real-network',
    title: 'From toy landscapes to a real network',
    summary: 'A real network’s loss on real data: what holds from the toys, what a slice hides.',
  },
];
