/**
 * Words for a level's goal and for reaching it, shared by the explanation texts and the
 * player's labels, so a loss goal held to the end (`hold: true`) reads the same everywhere.
 */
import type { Goal, Level } from '../level/schema';
import { num } from './format';

/** Whether a goal is a loss goal judged at the end of the run (see GoalSchema). */
export function holdsToEnd(goal: Goal): boolean {
  return goal.kind === 'loss' && goal.hold === true;
}

/** A loss goal as a short label: "train loss < 0.38", "… to the end" when it must hold. */
export function lossGoalLabel(goal: Extract<Goal, { kind: 'loss' }>): string {
  return `${goal.split} loss < ${num(goal.below, 3)}${goal.hold ? ' to the end' : ''}`;
}

/**
 * How a run that reached its goal at `goalStep` reads, as a sentence start (no full stop):
 * "Reached the goal in 120 of 400 steps", or for a hold goal
 * "Held the train loss below 0.38 from step 230 to the last of 640 steps".
 */
export function reachedText(level: Level, goalStep: number): string {
  const { goal } = level;
  return goal.kind === 'loss' && goal.hold
    ? `Held the ${goal.split} loss below ${num(goal.below, 3)} from step ${goalStep} to the last of ${level.budget} steps`
    : `Reached the goal in ${goalStep} of ${level.budget} steps`;
}

/** How a run that missed a hold goal reads (no full stop), or null for other goals. */
export function missedHoldText(level: Level): string | null {
  const { goal } = level;
  return goal.kind === 'loss' && goal.hold ? `The ${goal.split} loss did not stay below ${num(goal.below, 3)} to the end` : null;
}
