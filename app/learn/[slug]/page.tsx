/**
 * A lesson page: the MDX lesson rendered on the server (static at build), with its table of
 * contents, progress and previous / next links. Interactive parts (levels, stars) hydrate where
 * they stand; the text needs no JavaScript.
 */
import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { COURSE_OUTLINE } from '@/content/course';
import { courseLesson } from '@/content/lessons';
import { LessonProgress } from '@/components/course/LessonProgress';
import { LessonToc, LessonTocFolded } from '@/components/course/LessonToc';
import { LessonPager } from '@/components/course/LessonPager';

export const dynamicParams = false;

export function generateStaticParams() {
  return COURSE_OUTLINE.map((l) => ({ slug: l.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const info = COURSE_OUTLINE.find((l) => l.slug === slug);
  return info ? { title: `${info.number}. ${info.title}`, description: info.summary } : {};
}

async function loadLesson(slug: string): Promise<ComponentType | null> {
  try {
    return (await import(`@/content/lessons/${slug}.mdx`)).default as ComponentType;
  } catch {
    return null;
  }
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = courseLesson(slug);
  const Body = lesson ? await loadLesson(slug) : null;
  if (!lesson || !Body) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <article className="min-w-0 max-w-3xl" data-testid="lesson" data-slug={slug}>
        <header className="mb-8 border-b border-slate-200 pb-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
            Lesson {lesson.number} of {COURSE_OUTLINE.length}
          </p>
          <h1 className="mt-1 text-4xl font-bold tracking-tight text-slate-900" data-testid="lesson.title">
            {lesson.title}
          </h1>
          <p className="mt-3 text-lg leading-8 text-slate-600">{lesson.summary}</p>
          <p className="mt-2 text-sm text-slate-500">
            Symbols (η, μ, ρ, β₁, β₂, ε, λ, κ, B, N, t) have one meaning throughout: see the{' '}
            <Link href="/learn/notation" className="font-medium text-indigo-700 underline underline-offset-2" data-testid="lesson.notation">
              notation
            </Link>
            .
          </p>
          <div className="mt-4">
            <LessonProgress slug={slug} levelIds={lesson.outline.challenges} />
          </div>
          <LessonTocFolded headings={lesson.outline.headings} />
        </header>
        <div data-testid="lesson.body">
          <Body />
        </div>
        <LessonPager number={lesson.number} />
      </article>
      <LessonToc headings={lesson.outline.headings} />
    </div>
  );
}
