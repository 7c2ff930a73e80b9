/**
 * Outcome, stars, score, how many of the K runs reached the goal, and the reason (the server's
 * explanation) after a run, with a retry; a plain note when the run used a solution's settings
 * (no stars for those). The banner over the views (ResultBanner) has the success moment.
 */
import { useId } from 'react';
import type { Outcome } from '@/engine';
import { OUTCOME_TEXT } from '../outcome-text';
import type { Best } from '@/components/course/progress';
import type { ServerExplanation, Verified } from '../verify';


export interface ResultCardProps {
  readonly outcome: Outcome;
  readonly score: number;
  readonly stars: number;
  readonly reason: string;
  readonly best: Best | null;
  readonly onRetry: () => void;
  /** The server's own re-run of these settings, if it answered. */
  readonly verified: Verified | 'offline' | 'pending' | null;
  /** The server's explanation (findings); the local `reason` shows until it arrives or when offline. */
  readonly explained: ServerExplanation | null;
  /** Link to the server-rendered explanation of this run (null: none, e.g. a draft in the editor). */
  readonly explainHref: string | null;
  /** Seeds that reached the goal, of K. */
  readonly reached: number;
  readonly seeds: number;
  /** Launched with a solution's settings, unchanged: no stars. */
  readonly assisted: boolean;
  /** The card's id (the banner over the views links here). */
  readonly id?: string;
}

export function ResultCard({ outcome, score, stars, reason, best, onRetry, verified, explained, explainHref, reached, seeds, assisted, id }: ResultCardProps) {
  const headingId = useId();
  const won = stars > 0;
  return (
    <section
      id={id}
      aria-live="polite"
      aria-labelledby={headingId}
      className={`rounded-lg border p-4 shadow-sm ${won ? 'border-emerald-300 bg-emerald-50 motion-safe:animate-[descent-pop_400ms_ease-out]' : 'border-slate-200 bg-white'}`}
      data-testid="player.result"
      data-assisted={assisted ? 'true' : 'false'}
      data-outcome={outcome}
      data-stars={stars}
      data-score={score}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {won ? 'Level complete!' : OUTCOME_TEXT[outcome]}
        </h2>
        <p className="text-2xl tracking-widest" role="img" aria-label={`${stars} of 3 stars`} data-testid="player.stars">
          <span aria-hidden className="text-amber-500">{'★'.repeat(stars)}</span>
          <span aria-hidden className="text-slate-300">{'★'.repeat(3 - stars)}</span>
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700" data-testid="player.reached">
        The goal was reached on <strong>{reached} of {seeds}</strong> runs.{' '}
        {assisted
          ? 'You used the solution’s settings: this run is for watching and earns no stars. Set them yourself to earn them.'
          : !won
            ? reached * 2 < seeds
              ? 'Stars need the goal on at least half of them: no stars yet. The score still counts how close the runs came.'
              : 'Not enough points for a star yet: reach the goal sooner.'
            : null}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Score <strong data-testid="player.score">{score}</strong> / 1000
        {best ? <span className="text-slate-500"> · your best {best.score} ({best.stars}★)</span> : null}
      </p>
      <p className="mt-1 text-xs text-slate-500" data-testid="player.verified">
        {verified === 'pending' ? 'Checking with the server…' : null}
        {verified === 'offline' ? 'Scored locally (the server could not be reached).' : null}
        {verified && typeof verified === 'object' ? (
          <>
            Verified by the server: {verified.score} ({verified.stars}★) ·{' '}
            <a href={verified.url} className="text-indigo-700 underline underline-offset-2">
              stored run
            </a>
          </>
        ) : null}
      </p>
      <p className="mt-2 text-sm text-slate-700" data-testid="player.reason">
        {explained ? explained.headline : reason}
      </p>
      {explained && explained.findings.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="player.findings">
          {explained.findings.map((f) => (
            <li key={f.kind + f.title}>{f.text}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={onRetry} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700" data-testid="player.retry">
          Try again
        </button>
        {explainHref ? (
          <a href={explainHref} className="text-sm font-medium text-indigo-700 underline underline-offset-2" data-testid="player.explain">
            Why? Read the full explanation
          </a>
        ) : null}
      </div>
    </section>
  );
}
