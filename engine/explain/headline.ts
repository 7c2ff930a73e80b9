/**
 * The headline: the outcome in words, finished by the most important finding's title, so
 * each of the four outcomes reads sensibly with or without findings.
 */
import type { Outcome } from '../simulate';
import type { Finding } from './types';
import type { RunContext } from './context';
import { num, signed } from './format';
import { missedHoldText, reachedText } from './goal-words';

/** One sentence summing up a run. `findings` are in priority order. */
export function headlineFor(ctx: RunContext, findings: readonly Finding[]): string {
  const { trace, level } = ctx;
  const outcome: Outcome = trace.outcome;
  const main = findings.find((f) => f.kind !== 'success' && f.kind !== 'noise');
  switch (outcome) {
    case 'reached-goal': {
      const success = findings.find((f) => f.kind === 'success');
      const seeds = success && success.numbers.seeds > 1 ? ` (${success.numbers.seedsReached} of ${success.numbers.seeds} seeds)` : '';
      const basin = findings.some((f) => f.kind === 'flat-basin') ? ', in the flat basin' : '';
      return `${reachedText(level, trace.goalStep ?? 0)}${basin}${seeds}.`;
    }
    case 'diverged': {
      const d = findings.find((f) => f.kind === 'divergence');
      return d ? `Diverged at step ${trace.steps}: ${d.title}.` : `Diverged at step ${trace.steps}.`;
    }
    case 'stalled': {
      const s = findings.find((f) => f.kind === 'saddle-stall' || f.kind === 'plateau' || f.kind === 'local-minimum');
      if (s) {
        const n = s.numbers;
        const eig = `Hessian eigenvalues ${signed(n.lambdaMin)} and ${signed(n.lambdaMax)}`;
        if (s.kind === 'saddle-stall') return `Stalled at a saddle: ${n.steps} steps with the gradient norm below ${num(n.gradTol)}, ${eig}.`;
        if (s.kind === 'local-minimum') return `Stalled in a local minimum that is not the goal: ${eig}, both positive.`;
        return `Stalled on a plateau: ${n.steps} steps with the gradient norm below ${num(n.gradTol)}, ${eig}.`;
      }
      return `Stalled: the gradient vanished before the goal (norm below ${level.stallGradNorm}).`;
    }
    default: {
      const missed = missedHoldText(level);
      if (missed) return main ? `${missed}: ${main.title}.` : `${missed}.`;
      return main ? `Ran out of steps: ${main.title}.` : `Ran out of ${level.budget} steps before reaching the goal.`;
    }
  }
}
