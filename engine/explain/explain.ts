/**
 * explainRun: the engine's diagnostics of one run, in the lessons' terms, with numbers. Each
 * rule is a small pure function in its own file; this one runs them, orders the findings by
 * importance and adds the headline and the lesson links.
 */
import type { Level } from '../level/schema';
import type { Settings } from '../settings';
import type { Trace } from '../simulate';
import type { Landscape } from '../landscape/types';
import type { Explanation, ExplainOptions, Finding, FindingKind } from './types';
import { makeContext } from './context';
import { divergenceFinding } from './divergence';
import { stallFinding } from './stall';
import { basinFinding } from './basin';
import { oscillationFinding } from './oscillation';
import { shuffleFinding } from './shuffle';
import { noiseFloorFinding } from './noise-floor';
import { progressFinding } from './progress';
import { noiseFinding } from './noise';
import { adaptiveFinding } from './adaptive';
import { biasCorrectionFinding } from './bias-correction';
import { successFinding } from './success';
import { headlineFor } from './headline';
import { lessonLinksFor } from './lessons';

/** Findings in order of importance (success goes first when the run reached its goal). */
export const PRIORITY: readonly FindingKind[] = [
  'divergence',
  'saddle-stall',
  'plateau',
  'local-minimum',
  'sharp-basin',
  'oscillation',
  'unshuffled',
  'noise-floor',
  'ill-conditioned',
  'slow-progress',
  'flat-basin',
  'bias-correction',
  'adaptive-decay',
  'noise',
  'adaptive-rate',
  'success',
];

/** Kinds that already say why a run fell short (then only the feature-scale diagnosis of the progress rule is kept). */
const DIAGNOSES = new Set<FindingKind>(['saddle-stall', 'plateau', 'local-minimum', 'sharp-basin', 'oscillation', 'unshuffled', 'noise-floor']);

/**
 * Explains one run. `trace` should be recorded with `record: 'every-step'` (stall lengths and
 * curve roughness are step-exact then); `landscape` is the one the run used (landscapeFor).
 */
export function explainRun(level: Level, settings: Settings, trace: Trace, landscape: Landscape, opts: ExplainOptions = {}): Explanation {
  const ctx = makeContext(level, settings, trace, landscape, opts);
  const found: Finding[] = [];
  const add = (f: Finding | null) => {
    if (f) found.push({ ...f, numbers: finiteOnly(f.numbers) });
  };
  add(divergenceFinding(ctx));
  add(stallFinding(ctx));
  add(basinFinding(ctx));
  add(oscillationFinding(ctx));
  add(shuffleFinding(ctx));
  // A loss swinging with the epoch is the unshuffled rule's to explain, not sampling noise's.
  if (!found.some((f) => f.kind === 'unshuffled')) add(noiseFloorFinding(ctx));
  const progress = progressFinding(ctx);
  if (progress && (progress.kind === 'ill-conditioned' || !found.some((f) => DIAGNOSES.has(f.kind)))) add(progress);
  add(noiseFinding(ctx));
  add(adaptiveFinding(ctx));
  add(biasCorrectionFinding(ctx));
  add(successFinding(ctx));
  const hasBasin = found.some((f) => f.kind === 'sharp-basin' || f.kind === 'flat-basin');
  const findings = found
    .filter((f) => !(hasBasin && f.kind === 'local-minimum'))
    .sort((a, b) => rank(a.kind, trace.outcome === 'reached-goal') - rank(b.kind, trace.outcome === 'reached-goal'));
  return { outcome: trace.outcome, headline: headlineFor(ctx, findings), findings, lessonLinks: lessonLinksFor(findings) };
}

/** The entries with finite values (Infinity and NaN do not survive JSON). */
function finiteOnly(numbers: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(numbers).filter(([, v]) => Number.isFinite(v)));
}

function rank(kind: FindingKind, reached: boolean): number {
  return reached && kind === 'success' ? -1 : PRIORITY.indexOf(kind);
}
