'use client';
/** The stars the browser remembers for one level (nothing before hydration). */
import { Stars } from './Stars';
import { useProgress } from './useProgress';

export function LevelStars({ levelId, className }: { levelId: string; className?: string }) {
  const progress = useProgress();
  const best = progress.bests[levelId];
  if (!progress.ready) return <span className={className} aria-hidden="true" />;
  return (
    <span className={className} data-testid="level.stars" data-level-id={levelId}>
      <Stars earned={best?.stars ?? 0} />
      {best ? <span className="ml-1 text-xs text-slate-500">best {best.score}</span> : null}
    </span>
  );
}
