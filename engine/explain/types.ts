/**
 * The shape of a run's explanation: a headline, findings with the numbers behind them, and
 * links into the lessons. Plain data (JSON-serializable), so a server can render it and a
 * client can fetch it.
 */
import type { Outcome } from '../simulate';
import type { LevelScore } from '../score';

/** What a finding is about; each kind maps to one lesson section (see ./lessons.ts). */
export type FindingKind =
  | 'saddle-stall'
  | 'plateau'
  | 'local-minimum'
  | 'oscillation'
  | 'divergence'
  | 'sharp-basin'
  | 'flat-basin'
  | 'slow-progress'
  | 'ill-conditioned'
  | 'adaptive-decay'
  | 'adaptive-rate'
  | 'bias-correction'
  | 'noise'
  | 'unshuffled'
  | 'noise-floor'
  | 'success';

/** One measured observation about a run. */
export interface Finding {
  readonly kind: FindingKind;
  /** A short clause that can finish a headline, e.g. "stalled 229 steps at a saddle". */
  readonly title: string;
  /** One or two sentences, in the lessons' terms, quoting the numbers. */
  readonly text: string;
  /** The measured numbers the text quotes, unrounded (names are stable; tests read them). */
  readonly numbers: Record<string, number>;
}

/** A link into a lesson section that teaches what a finding shows. */
export interface LessonLink {
  /** Lesson slug under /learn (content/course.ts). */
  readonly slug: string;
  /** Section anchor including '#', e.g. "#saddles". */
  readonly anchor: string;
  /** Human-readable link text. */
  readonly title: string;
}

/** Everything said about one run. */
export interface Explanation {
  readonly outcome: Outcome;
  readonly headline: string;
  /** Most important first. */
  readonly findings: Finding[];
  /** One per lesson section the findings point to, in the findings' order. */
  readonly lessonLinks: LessonLink[];
}

/** Optional inputs of explainRun. */
export interface ExplainOptions {
  /** The level's score over all K seeds (adds seeds reached and the score to the success finding). */
  readonly score?: LevelScore;
  /** ε of Keskar's sharpness box (default 0.05, as the phenomena table uses). */
  readonly sharpnessEps?: number;
}
