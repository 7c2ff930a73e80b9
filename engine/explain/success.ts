/**
 * Rule: success — steps to the goal for this seed and, when the level's score is given, how
 * many of the K seeds reached it, the score and the stars.
 */
import type { Finding } from './types';
import type { RunContext } from './context';
import { pct } from './format';
import { reachedText } from './goal-words';

/** The success finding of a run that reached its goal, or null. */
export function successFinding(ctx: RunContext): Finding | null {
  const { trace, level, score } = ctx;
  if (trace.outcome !== 'reached-goal' || trace.goalStep === null) return null;
  const goalStep = trace.goalStep;
  const numbers: Record<string, number> = { goalStep, budget: level.budget, fractionUsed: goalStep / level.budget };
  let seeds = '';
  if (score) {
    const k = score.seeds.length;
    const reached = score.seeds.filter((s) => s.outcome === 'reached-goal').length;
    Object.assign(numbers, { seedsReached: reached, seeds: k, score: score.score, stars: score.stars });
    const stars = `${score.stars} ${score.stars === 1 ? 'star' : 'stars'}`;
    seeds = k > 1 ? ` ${reached} of ${k} seeds reached it; the level’s score is ${score.score} (${stars}).` : ` The level’s score is ${score.score} (${stars}).`;
  }
  const sentence = reachedText(level, goalStep);
  return {
    kind: 'success',
    title: sentence.charAt(0).toLowerCase() + sentence.slice(1),
    text: `${sentence} (${pct(goalStep / level.budget)} of the budget; seed ${trace.seed}).${seeds}`,
    numbers,
  };
}
