import type { Outcome } from '@/engine';

/** A run's outcome in two or three words (result card and banner). */
export const OUTCOME_TEXT: Readonly<Record<Outcome, string>> = {
  'reached-goal': 'Goal reached',
  'budget-exhausted': 'Out of steps',
  diverged: 'Diverged',
  stalled: 'Stalled',
};
