/**
 * A lesson page: the MDX lesson rendered on the server (static at build), with its table of
 * contents, progress and previous / next links. Interactive parts (levels, stars) hydrate where
 * they stand; the text needs no JavaScript.
 */
import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { editionOf, type Locale } from '@/content/i18n/locales';
import { COURSE_OUTLINE } from '@/content/course';
import { courseLesson } from '@/content/lessons';
import { LessonProgress } from '@/components/course/LessonProgress';
import { LessonToc, LessonTocFolded } from '@/components/course/LessonToc';
import { LessonPager } from '@/components/course/LessonPager';

export const dynamicParams = false;

export function generateStaticParams() {
  return COURSE_OUTLINE.map((l) => ({ slug: l.slug }));
}

type Params = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, locale } = await params;
  const info = courseLesson(slug, editionOf(locale));
  return info ? { title: `${info.number}. ${info.title}`, description: info.summary } : {};
}

/** The lesson's MDX in an edition (each edition's files are their own: content/lessons/zh/…). */
async function loadLesson(slug: string, locale: Locale): Promise<ComponentType | null> {
  try {
    const mod = locale === 'zh' ? await import(`@/content/lessons/zh/${slug}.mdx`) : await import(`@/content/lessons/${slug}.mdx`);
    return mod.default as ComponentType;
  } catch {
    return null;
  }
}

export default async function LessonPage({ params }: Params) {
  const { slug, locale: raw } = await params;
  const locale = editionOf(raw);
  setRequestLocale(locale);
  const t = await getTranslations('lesson');
  const lesson = courseLesson(slug, locale);
  const Body = lesson ? await loadLesson(slug, locale) : null;
  if (!lesson || !Body) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <article className="min-w-0 max-w-3xl" data-testid="lesson" data-slug={slug}>
        <header className="mb-5 border-b border-slate-200 pb-4">
          <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1">
            <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
              {t('ofTotal', { number: lesson.number, total: COURSE_OUTLINE.length })}
            </p>
            <div className="flex flex-wrap items-center gap-x-4 text-sm">
              <Link href="/learn/notation" className="text-slate-500 underline underline-offset-2 hover:text-indigo-700" data-testid="lesson.notation" title={t('notationTitle')}>
                {t('notation')}
              </Link>
              <LessonProgress slug={slug} levelIds={lesson.outline.challenges} />
            </div>
          </div>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900" data-testid="lesson.title">
            {lesson.title}
          </h1>
          <p className="mt-1 text-base leading-7 text-slate-600">{lesson.summary}</p>
          <LessonTocFolded headings={lesson.outline.headings} />
        </header>
        <div data-testid="lesson.body">
          <Body />
        </div>
        <LessonPager number={lesson.number} locale={locale} />
      </article>
      <LessonToc headings={lesson.outline.headings} />
    </div>
  );
}
