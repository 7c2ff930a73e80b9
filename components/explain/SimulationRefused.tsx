/**
 * What an explanation page shows instead of a run it will not simulate now: over the simulation
 * cost bound, over the rate limit, or the simulation queue full (app/_server/sim/views.ts). The
 * page itself still answers 200 — an App Router page can only choose a 404 — so the reason is
 * stated here, with the status the API would have answered.
 */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import type { ReactNode } from 'react';

/** Props of SimulationRefused. */
export interface SimulationRefusedProps {
  readonly title: string;
  readonly status: number;
  /** The refusal, as the API words it (it says when to try again where that applies). */
  readonly error: string;
  /** Extra lines about a stored run (who, when, its stored score). */
  readonly byline?: ReactNode;
}

export function SimulationRefused({ title, status, error, byline }: SimulationRefusedProps) {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-12 sm:px-6" data-testid="explain.refused" data-status={status}>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        <span className="block text-base font-semibold uppercase tracking-wider text-indigo-700">Run explained</span>
        {title}
      </h1>
      {byline ? <div className="text-sm text-slate-600">{byline}</div> : null}
      <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900" role="note">
        This run is not re-simulated here: {error}.
      </p>
      <Link href="/play" className="self-start font-semibold text-indigo-700 underline-offset-2 hover:underline">
        All levels
      </Link>
    </div>
  );
}
