/**
 * Outcome, stars, score, how many of the K runs reached the goal, and the reason (the server's
 * explanation) after a run, with a retry; a plain note when the run used a solution's settings
 * (no stars for those). The banner over the views (ResultBanner) has the success moment.
 */
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { Outcome } from '@/engine';
import { useLocalePath } from '@/components/i18n/useLocalePath';
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

export function ResultCard({ outcome, score, stars, reason, best, onRetry, verified, explained, explainHref, reached, seeds, assisted, id }: ResultCardProps) {  const t = useTranslations('player');
  const href = useLocalePath();
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
          {won ? t('result.complete') : t(`outcome.${outcome}`)}
        </h2>
        <p className="text-2xl tracking-widest" role="img" aria-label={t('starsLabel', { stars })} data-testid="player.stars">
          <span aria-hidden className="text-amber-500">{'★'.repeat(stars)}</span>
          <span aria-hidden className="text-slate-300">{'★'.repeat(3 - stars)}</span>
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700" data-testid="player.reached">
        {t.rich('result.reached', { reached, seeds, b: (chunks) => <strong>{chunks}</strong> })}{' '}
        {assisted ? t('result.assisted') : !won ? t(reached * 2 < seeds ? 'result.needHalf' : 'result.needPoints') : null}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {t.rich('result.scoreLine', { score, b: (chunks) => <strong data-testid="player.score">{chunks}</strong> })}
        {best ? <span className="text-slate-500">{t('result.best', { score: best.score, stars: best.stars })}</span> : null}
      </p>
      <p className="mt-1 text-xs text-slate-500" data-testid="player.verified">
        {verified === 'pending' ? t('result.checking') : null}
        {verified === 'offline' ? t('result.offline') : null}
        {verified && typeof verified === 'object'
          ? t.rich('result.verified', {
              score: verified.score,
              stars: verified.stars,
              link: (chunks) => (
                <a href={href(verified.url)} className="text-indigo-700 underline underline-offset-2">
                  {chunks}
                </a>
              ),
            })
          : null}
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
          {t('result.retry')}
        </button>
        {explainHref ? (
          <a href={href(explainHref)} className="text-sm font-medium text-indigo-700 underline underline-offset-2" data-testid="player.explain">
            {t('result.explain')}
          </a>
        ) : null}
      </div>
    </section>
  );
}
