'use client';
/**
 * The course map's live layer: each lesson's state badge and a "next up" suggestion, computed
 * from the browser's progress. Server HTML shows the map without them.
 */
import Link from 'next/link';
import { lessonStates, suggestedLesson, type LessonForState, type LessonState } from './lesson-state';
import { useProgress } from './useProgress';

const BADGE: Record<LessonState, { text: string; className: string }> = {
  done: { text: 'Done', className: 'bg-emerald-100 text-emerald-800' },
  'in-progress': { text: 'In progress', className: 'bg-indigo-100 text-indigo-800' },
  skipped: { text: 'Skipped', className: 'bg-amber-100 text-amber-900' },
  'not-started': { text: 'Not started', className: 'bg-slate-100 text-slate-700' },
};

function useStates(lessons: readonly LessonForState[]) {
  const progress = useProgress();
  const stars = Object.fromEntries(Object.entries(progress.bests).map(([id, b]) => [id, b.stars]));
  return { ready: progress.ready, states: lessonStates(lessons, { stars, visited: new Set(Object.keys(progress.visited)) }) };
}

/** The state badge of lesson `index`. */
export function LessonBadge({ lessons, index }: { lessons: readonly LessonForState[]; index: number }) {
  const { ready, states } = useStates(lessons);
  if (!ready) return null;
  const badge = BADGE[states[index]];
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${badge.className}`} data-testid="lesson.state" data-state={states[index]}>
      {badge.text}
    </span>
  );
}

/** "Next up: …" — the first lesson not done (a suggestion; every lesson stays open). */
export function NextUp({ lessons, titles }: { lessons: readonly LessonForState[]; titles: readonly string[] }) {
  const { ready, states } = useStates(lessons);
  if (!ready) return null;
  const next = suggestedLesson(states);
  if (next === null) {
    return <p className="rounded-lg bg-emerald-50 px-4 py-3 text-emerald-900" data-testid="course.next">Every challenge done. Well descended!</p>;
  }
  const skipped = states.filter((s) => s === 'skipped').length;
  return (
    <p className="rounded-lg bg-indigo-50 px-4 py-3 text-indigo-950" data-testid="course.next">
      Next up:{' '}
      <Link href={`/learn/${lessons[next].slug}`} className="font-semibold underline underline-offset-2">
        Lesson {next + 1}: {titles[next]}
      </Link>
      {skipped > 0 ? <span className="text-indigo-800"> · {skipped} skipped {skipped === 1 ? 'lesson' : 'lessons'} to come back to</span> : null}
    </p>
  );
}
