'use client';
/**
 * The course map's live layer: each lesson's state badge and a "next up" suggestion, computed
 * from the browser's progress. Server HTML shows the map without them.
 */
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { lessonStates, suggestedLesson, type LessonForState, type LessonState } from './lesson-state';
import { useProgress } from './useProgress';

const BADGE_CLASS: Record<LessonState, string> = {
  done: 'bg-emerald-100 text-emerald-800',
  'in-progress': 'bg-indigo-100 text-indigo-800',
  skipped: 'bg-amber-100 text-amber-900',
  'not-started': 'bg-slate-100 text-slate-700',
};

function useStates(lessons: readonly LessonForState[]) {
  const progress = useProgress();
  const stars = Object.fromEntries(Object.entries(progress.bests).map(([id, b]) => [id, b.stars]));
  return { ready: progress.ready, states: lessonStates(lessons, { stars, visited: new Set(Object.keys(progress.visited)) }) };
}

/** The state badge of lesson `index`. */
export function LessonBadge({ lessons, index }: { lessons: readonly LessonForState[]; index: number }) {
  const t = useTranslations('course.progress.badge');
  const { ready, states } = useStates(lessons);
  if (!ready) return null;
  const state = states[index];
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${BADGE_CLASS[state]}`} data-testid="lesson.state" data-state={state}>
      {t(state)}
    </span>
  );
}

/** "Next up: …" — the first lesson not done (a suggestion; every lesson stays open). */
export function NextUp({ lessons, titles }: { lessons: readonly LessonForState[]; titles: readonly string[] }) {
  const t = useTranslations('course.progress');
  const { ready, states } = useStates(lessons);
  if (!ready) return null;
  const next = suggestedLesson(states);
  if (next === null) {
    return <p className="rounded-lg bg-emerald-50 px-4 py-3 text-emerald-900" data-testid="course.next">{t('allDone')}</p>;
  }
  const skipped = states.filter((s) => s === 'skipped').length;
  return (
    <p className="rounded-lg bg-indigo-50 px-4 py-3 text-indigo-950" data-testid="course.next">
      {t('nextUp')}{' '}
      <Link href={`/learn/${lessons[next].slug}`} className="font-semibold underline underline-offset-2">
        {t('lesson', { number: next + 1, title: titles[next] })}
      </Link>
      {skipped > 0 ? <span className="text-indigo-800"> · {t('skipped', { count: skipped })}</span> : null}
    </p>
  );
}
