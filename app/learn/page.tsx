import type { Metadata } from 'next';
import Link from 'next/link';
import { courseLessons } from '@/content/lessons';
import { getLevel } from '@/content/levels';
import { LevelStars } from '@/components/course/LevelStars';
import { LessonBadge, NextUp } from '@/components/course/CourseProgress';
import { ProgressFileControls } from '@/components/course/ProgressFileControls';
import { ServerCopyToggle } from '@/components/course/ServerCopy';

export const metadata: Metadata = {
  title: 'Course',
  description: 'The nine lessons of Descent, in order, with the challenges of each and the stars you earned.',
};

/** The course map: lessons in order with their challenges; progress layers on after hydration. */
export default function CourseMapPage() {
  const lessons = courseLessons();
  const forState = lessons.map((l) => ({ slug: l.slug, levelIds: l.outline.challenges }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="course.title">
        The course
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">
        Nine lessons, in order. Each takes one problem of training a neural network and turns it into challenges you play
        and the engine scores. Go in order or skip ahead: nothing is locked, and the map remembers what you skipped.
      </p>
      <div className="mt-6">
        <NextUp lessons={forState} titles={lessons.map((l) => l.title)} />
      </div>
      <ol className="mt-8 space-y-4" data-testid="course.map">
        {lessons.map((lesson, i) => (
          <li key={lesson.slug} className="rounded-xl border border-slate-200 p-5" data-testid={`course.lesson.${lesson.number}`} data-slug={lesson.slug}>
            <div className="flex gap-4">
              <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-lg font-semibold text-indigo-800">
                {lesson.number}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-lg font-semibold text-slate-900">
                    <Link href={`/learn/${lesson.slug}`} className="hover:text-indigo-700 hover:underline">
                      <span className="sr-only">Lesson {lesson.number}: </span>
                      {lesson.title}
                    </Link>
                  </h2>
                  <LessonBadge lessons={forState} index={i} />
                </div>
                <p className="mt-1 leading-7 text-slate-600">{lesson.summary}</p>
                <ul className="mt-3 space-y-1 text-sm" aria-label={`Challenges of lesson ${lesson.number}`}>
                  {lesson.outline.challenges.map((id) => (
                    <li key={id} className="flex flex-wrap items-center justify-between gap-2" data-testid="course.challenge" data-level-id={id}>
                      <Link href={`/learn/${lesson.slug}#challenge-${id}`} className="text-slate-700 hover:text-indigo-700 hover:underline">
                        {getLevel(id)?.title ?? id}
                      </Link>
                      <LevelStars levelId={id} />
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <section className="mt-12 rounded-xl border border-slate-200 p-5" aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="text-lg font-semibold text-slate-900">
          Your progress
        </h2>
        <p className="mt-1 text-sm leading-6 text-slate-600">
          Stars and opened lessons are kept in this browser only. Export them to a file to move to another browser, or import a
          file (it merges: the better result of each level wins).
        </p>
        <div className="mt-3">
          <ProgressFileControls />
        </div>
        <ServerCopyToggle />
      </section>
      <p className="mt-8 text-slate-600">
        Also: <Link href="/learn/about-the-math" className="font-medium text-indigo-700 underline underline-offset-2">about the math</Link> behind every level, the{' '}
        <Link href="/learn/notation" className="font-medium text-indigo-700 underline underline-offset-2" data-testid="course.notation">notation</Link> (every symbol, one meaning), and the{' '}
        <Link href="/glossary" className="font-medium text-indigo-700 underline underline-offset-2">glossary</Link>.
      </p>
    </div>
  );
}
