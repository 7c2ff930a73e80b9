'use client';
/**
 * The stars the browser remembers for one level (nothing before hydration). The words come in
 * only once progress is read, so the server HTML needs no messages.
 */
import { useTranslations } from 'next-intl';
import type { Best } from './progress';
import { Stars } from './Stars';
import { useProgress } from './useProgress';

function Remembered({ levelId, best, className }: { levelId: string; best: Best | undefined; className?: string }) {
  const t = useTranslations('course.progress');
  return (
    <span className={className} data-testid="level.stars" data-level-id={levelId}>
      <Stars earned={best?.stars ?? 0} />
      {best ? <span className="ml-1 text-xs text-slate-500">{t('best', { score: String(best.score) })}</span> : null}
    </span>
  );
}

export function LevelStars({ levelId, className }: { levelId: string; className?: string }) {
  const progress = useProgress();
  if (!progress.ready) return <span className={className} aria-hidden="true" />;
  return <Remembered levelId={levelId} best={progress.bests[levelId]} className={className} />;
}
