import type { Metadata } from 'next';
import Link from 'next/link';
import { GLOSSARY } from '@/content/glossary';
import { COURSE_OUTLINE } from '@/content/course';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Short definitions of the words the Descent course uses, each with the lesson that teaches it.',
};

const LESSONS = new Map(COURSE_OUTLINE.map((l) => [l.slug, l]));

export default function GlossaryPage() {
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="glossary.title">
        Glossary
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">The words the lessons use, in a sentence or two each, with the lesson that teaches them.</p>
      <dl className="mt-8 divide-y divide-slate-200 border-y border-slate-200" data-testid="glossary.terms">
        {entries.map((e) => {
          const lesson = e.lesson ? LESSONS.get(e.lesson) : undefined;
          return (
            <div key={e.id} id={e.id} className="scroll-mt-24 py-4 target:bg-amber-50 sm:grid sm:grid-cols-3 sm:gap-4" data-testid="glossary.entry">
              <dt className="font-semibold text-slate-900">{e.term}</dt>
              <dd className="mt-1 leading-7 text-slate-700 sm:col-span-2 sm:mt-0">
                {e.definition}
                {lesson ? (
                  <>
                    {' '}
                    <Link href={`/learn/${lesson.slug}`} className="whitespace-nowrap text-sm font-medium text-indigo-700 underline underline-offset-2">
                      Lesson {lesson.number}
                    </Link>
                  </>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
