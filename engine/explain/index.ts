/**
 * Explanations of runs: findings measured by the engine's diagnostics, in the lessons' terms.
 * Pure TypeScript like the rest of engine/ (no React, Next or DOM).
 */
/** Explain a run. */
export { explainRun, PRIORITY } from './explain';
/** The explanation's shape. */
export type { Explanation, Finding, FindingKind, LessonLink, ExplainOptions } from './types';
/** The finding-kind → lesson-section table. */
export { LESSON_FOR_KIND, LESSON_TITLES, lessonLinksFor } from './lessons';
/** Number formatting used by the texts (components reuse it for their labels). */
export { num, signed, pct, times } from './format';
/** How goals and reaching them read (loss goals held to the end included). */
export { holdsToEnd, lossGoalLabel, reachedText, missedHoldText } from './goal-words';
/** The last step of a run whose parameters are still finite and near the map (charts stop there). */
export { lastSaneStep } from './context';
