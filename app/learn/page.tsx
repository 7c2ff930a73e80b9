import type { Metadata } from 'next';
import Link from 'next/link';
import { COURSE_OUTLINE } from '@/content/course';

export const metadata: Metadata = {
  title: 'Course',
  description: 'The eight lessons of Descent, in order.',
};

export default function CourseMapPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="course.title">
        The course
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">
        Eight lessons, in order. Each one takes a single problem of training a neural network and
        turns it into levels you can play and measure.
      </p>
      <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900" data-testid="course.status">
        The lessons are being written. This map lists what is coming; meanwhile you can read{' '}
        <Link href="/learn/about-the-math" className="font-medium underline underline-offset-2">
          about the math
        </Link>{' '}
        behind every level.
      </p>
      <ol className="mt-10 space-y-4" data-testid="course.map">
        {COURSE_OUTLINE.map((lesson) => (
          <li
            key={lesson.slug}
            className="flex gap-4 rounded-xl border border-slate-200 p-5"
            data-testid={`course.lesson.${lesson.number}`}
          >
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-lg font-semibold text-indigo-800"
            >
              {lesson.number}
            </span>
            <div>
              <h2 className="text-lg font-semibold text-slate-900">
                <span className="sr-only">Lesson {lesson.number}: </span>
                {lesson.title}
              </h2>
              <p className="mt-1 leading-7 text-slate-600">{lesson.summary}</p>
              <p className="mt-2 text-sm font-medium text-slate-500">Coming soon</p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
