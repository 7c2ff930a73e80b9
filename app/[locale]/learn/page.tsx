import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { courseLessons } from '@/content/lessons';
import { getLevel } from '@/content/levels';
import { levelIn } from '@/content/i18n/level-text';
import { editionOf } from '@/content/i18n/locales';
import { LevelStars } from '@/components/course/LevelStars';
import { LessonBadge, NextUp } from '@/components/course/CourseProgress';
import { ProgressFileControls } from '@/components/course/ProgressFileControls';
import { ServerCopyToggle } from '@/components/course/ServerCopy';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = editionOf((await params).locale);
  const t = await getTranslations({ locale, namespace: 'course.map' });
  return { title: t('metaTitle'), description: t('metaDescription', { count: courseLessons(locale).length }) };
}

const linkClass = 'font-medium text-indigo-700 underline underline-offset-2';

/** The course map: lessons in order with their challenges; progress layers on after hydration. */
export default async function CourseMapPage({ params }: Props) {
  const locale = editionOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('course.map');
  const lessons = courseLessons(locale);
  const forState = lessons.map((l) => ({ slug: l.slug, levelIds: l.outline.challenges }));
  const levelTitle = (id: string) => {
    const level = getLevel(id);
    return level ? levelIn(level, locale).title : id;
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="course.title">
        {t('title')}
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">{t('lead', { count: lessons.length })}</p>
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
                      <span className="sr-only">{t('lessonN', { number: lesson.number })}</span>
                      {lesson.title}
                    </Link>
                  </h2>
                  <LessonBadge lessons={forState} index={i} />
                </div>
                <p className="mt-1 leading-7 text-slate-600">{lesson.summary}</p>
                <ul className="mt-3 space-y-1 text-sm" aria-label={t('challengesOf', { number: lesson.number })}>
                  {lesson.outline.challenges.map((id) => (
                    <li key={id} className="flex flex-wrap items-center justify-between gap-2" data-testid="course.challenge" data-level-id={id}>
                      <Link href={`/learn/${lesson.slug}#challenge-${id}`} className="text-slate-700 hover:text-indigo-700 hover:underline">
                        {levelTitle(id)}
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
          {t('progressTitle')}
        </h2>
        <p className="mt-1 text-sm leading-6 text-slate-600">{t('progressText')}</p>
        <div className="mt-3">
          <ProgressFileControls />
        </div>
        <ServerCopyToggle />
      </section>
      <p className="mt-8 text-slate-600">
        {t.rich('also', {
          math: (chunks: ReactNode) => (
            <Link href="/learn/about-the-math" className={linkClass}>
              {chunks}
            </Link>
          ),
          notation: (chunks: ReactNode) => (
            <Link href="/learn/notation" className={linkClass} data-testid="course.notation">
              {chunks}
            </Link>
          ),
          glossary: (chunks: ReactNode) => (
            <Link href="/glossary" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
