'use client';
/**
 * "2 of 3 challenges done" for a lesson, and the record that the lesson was opened (the course
 * map uses it to tell skipped lessons from ones not reached yet).
 */
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { markVisited } from '@/components/course/progress';
import { isDone, useProgress } from './useProgress';

export function LessonProgress({ slug, levelIds }: { slug: string; levelIds: readonly string[] }) {
  const t = useTranslations('lesson');
  const progress = useProgress();
  useEffect(() => markVisited(slug), [slug]);
  const done = levelIds.filter((id) => isDone(progress, id)).length;
  const total = levelIds.length;
  return (
    <p className="text-sm text-slate-600" data-testid="lesson.progress" data-done={progress.ready ? done : undefined} aria-live="polite">
      {progress.ready
        ? t.rich('progressDone', { done, total, b: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span> })
        : t('progressTotal', { total })}
      <span className="ml-3 inline-block h-2 w-24 overflow-hidden rounded-full bg-slate-200 align-middle" aria-hidden="true">
        <span className="block h-full bg-emerald-500 transition-all" style={{ width: `${progress.ready && total ? (100 * done) / total : 0}%` }} />
      </span>
    </p>
  );
}
