/** Previous / next lesson links. The next lesson is a suggestion: every lesson is open. */
import Link from 'next/link';
import { COURSE_OUTLINE } from '@/content/course';

export function LessonPager({ number }: { number: number }) {
  const prev = COURSE_OUTLINE[number - 2];
  const next = COURSE_OUTLINE[number];
  const card = 'flex-1 rounded-xl border border-slate-200 p-4 hover:border-indigo-300 hover:bg-indigo-50/40';
  return (
    <nav aria-label="Lessons" className="mt-16 flex flex-col gap-3 border-t border-slate-200 pt-8 sm:flex-row" data-testid="lesson.pager">
      {prev ? (
        <Link href={`/learn/${prev.slug}`} className={card} rel="prev" data-testid="lesson.prev">
          <span className="text-sm text-slate-500">← Previous: lesson {prev.number}</span>
          <span className="mt-1 block font-semibold text-slate-900">{prev.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className={card}>
          <span className="text-sm text-slate-500">← The course</span>
          <span className="mt-1 block font-semibold text-slate-900">All nine lessons</span>
        </Link>
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} className={`${card} sm:text-right`} rel="next" data-testid="lesson.next">
          <span className="text-sm text-slate-500">Next up: lesson {next.number} →</span>
          <span className="mt-1 block font-semibold text-slate-900">{next.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className={`${card} sm:text-right`}>
          <span className="text-sm text-slate-500">The end of the course →</span>
          <span className="mt-1 block font-semibold text-slate-900">Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}
