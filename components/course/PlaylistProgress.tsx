'use client';
/**
 * Above a playlist's levels: how far this browser got, the next level to play, and when every
 * playable level has a star, the finish screen (stars earned of all there were). Nothing but a
 * placeholder before hydration, so the server HTML needs no messages.
 */
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { isDone, useProgress, type Progress } from './useProgress';

export interface PlaylistProgressItem {
  readonly title: string;
  readonly href: string | null;
  readonly progressId: string;
}

function PlaylistStanding({ items, progress }: { items: readonly PlaylistProgressItem[]; progress: Progress }) {
  const t = useTranslations('course.playlist');
  const playable = items.filter((i) => i.href !== null);
  const done = playable.filter((i) => isDone(progress, i.progressId));
  const stars = playable.reduce((sum, i) => sum + (progress.bests[i.progressId]?.stars ?? 0), 0);
  const next = playable.find((i) => !isDone(progress, i.progressId));
  if (playable.length > 0 && !next)
    return (
      <section className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 motion-safe:animate-[descent-pop_400ms_ease-out]" data-testid="playlist.finished" role="status">
        <h2 className="text-xl font-semibold text-emerald-900">{t('complete')}</h2>
        <p className="mt-1 text-emerald-900">
          {t.rich('allSolved', { count: playable.length, stars, max: 3 * playable.length, b: (chunks) => <strong>{chunks}</strong> })}
        </p>
      </section>
    );
  return (
    <p className="rounded-lg bg-indigo-50 px-4 py-3 text-sm text-slate-800" data-testid="playlist.progress" data-done={done.length}>
      {t(stars ? 'solvedStars' : 'solved', { done: done.length, total: playable.length, stars })}
      {next ? (
        <>
          {' '}
          {t('nextUp')}{' '}
          <Link href={next.href!} className="font-medium text-indigo-700 underline underline-offset-2" data-testid="playlist.next">
            {next.title}
          </Link>
        </>
      ) : null}
    </p>
  );
}

export function PlaylistProgress({ items }: { items: readonly PlaylistProgressItem[] }) {
  const progress = useProgress();
  if (!progress.ready) return <div className="min-h-16" aria-hidden="true" />;
  return <PlaylistStanding items={items} progress={progress} />;
}
