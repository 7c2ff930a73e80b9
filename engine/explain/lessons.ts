/**
 * The one table from finding kinds to lesson sections. Slugs are the lessons' URL segments in
 * content/course.ts (a test checks they match); anchors are the section ids the lessons are
 * expected to carry (an MDX heading gets its id from its text, or an explicit id).
 */
import type { Finding, FindingKind, LessonLink } from './types';

/** Lesson slug → title, mirroring content/course.ts (lessons.test.ts keeps them equal). */
export const LESSON_TITLES: Readonly<Record<string, string>> = {
  'mini-batches': 'Mini-batch SGD and the unbiased gradient',
  'batch-size-and-shuffling': 'Batch size, shuffling and a jagged loss curve',
  'sharp-minima': 'Sharp minima and the generalization gap',
  'saddle-points': 'Saddle points',
  'ravines-and-momentum': 'Ravines and momentum',
  adagrad: 'AdaGrad',
  'rmsprop-and-adam': 'RMSprop and Adam',
  normalization: 'Normalization',
  regularization: 'Regularization',
  'real-network': 'From toy landscapes to a real network',
};

/** Where each finding kind is taught: lesson slug, section anchor and the section's name. */
export const LESSON_FOR_KIND: Readonly<Record<FindingKind, { slug: string; anchor: string; section: string } | null>> = {
  'saddle-stall': { slug: 'saddle-points', anchor: '#saddles', section: 'stalling at a saddle' },
  plateau: { slug: 'saddle-points', anchor: '#plateaus', section: 'plateaus that look converged' },
  'local-minimum': { slug: 'sharp-minima', anchor: '#local-minima', section: 'many local minima' },
  oscillation: { slug: 'ravines-and-momentum', anchor: '#oscillation', section: 'bouncing between the walls' },
  divergence: { slug: 'ravines-and-momentum', anchor: '#stable-learning-rate', section: 'the stable limit 2/λmax' },
  'slow-progress': { slug: 'ravines-and-momentum', anchor: '#momentum', section: 'momentum along the valley' },
  'sharp-basin': { slug: 'sharp-minima', anchor: '#sharpness', section: 'sharp minima and sharpness' },
  'flat-basin': { slug: 'sharp-minima', anchor: '#small-batches', section: 'why small batches find flat minima' },
  'ill-conditioned': { slug: 'normalization', anchor: '#standardization', section: 'standardizing features' },
  'adaptive-decay': { slug: 'adagrad', anchor: '#decaying-rate', section: 'the rate that runs out' },
  'adaptive-rate': { slug: 'rmsprop-and-adam', anchor: '#rmsprop', section: 'a moving average that forgets' },
  'bias-correction': { slug: 'rmsprop-and-adam', anchor: '#bias-correction', section: 'bias correction' },
  noise: { slug: 'mini-batches', anchor: '#unbiased-gradient', section: 'the unbiased, noisy gradient' },
  unshuffled: { slug: 'batch-size-and-shuffling', anchor: '#shuffling', section: 'shuffling and the saw-tooth' },
  'noise-floor': { slug: 'mini-batches', anchor: '#noise-floor', section: 'the noise floor' },
  success: null,
};

/** The lesson links for a list of findings: one per section, in the findings' order. */
export function lessonLinksFor(findings: readonly Finding[]): LessonLink[] {
  const seen = new Set<string>();
  const links: LessonLink[] = [];
  for (const f of findings) {
    const target = LESSON_FOR_KIND[f.kind];
    if (!target) continue;
    const key = target.slug + target.anchor;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ slug: target.slug, anchor: target.anchor, title: `${LESSON_TITLES[target.slug]}: ${target.section}` });
  }
  return links;
}
