/** Which seed a stored run's page shows. */
import type { Outcome } from '@/engine';

/** The seed to show for a stored run: the first seed with the run's outcome, else 1. */
export function seedToShow(run: { readonly seeds: readonly { readonly seed: number; readonly outcome: Outcome }[]; readonly outcome: Outcome }): number {
  return run.seeds.find((s) => s.outcome === run.outcome)?.seed ?? 1;
}
