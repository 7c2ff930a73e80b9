/**
 * The name of each kind of finding the engine's explanations report (engine/explain), as people
 * read it: on explanation pages and in teachers' results ("why runs fell short"). Course words,
 * so both the pages (components/explain) and the server (results, CSV) read them from here.
 */
import type { FindingKind } from '@/engine/explain';

/** Short label of each finding kind. */
export const KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'saddle-stall': 'Saddle stall',
  plateau: 'Plateau',
  'local-minimum': 'Local minimum',
  oscillation: 'Oscillation',
  divergence: 'Divergence',
  'sharp-basin': 'Sharp basin',
  'flat-basin': 'Flat basin',
  'slow-progress': 'Slow progress',
  'ill-conditioned': 'Stretched landscape',
  'adaptive-decay': 'AdaGrad’s decaying rate',
  'adaptive-rate': 'Adaptive rate',
  'bias-correction': 'Bias correction',
  noise: 'Mini-batch noise',
  unshuffled: 'Unshuffled data',
  'noise-floor': 'Noise floor',
  success: 'Goal reached',
};
