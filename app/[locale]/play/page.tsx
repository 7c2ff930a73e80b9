import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { LEVELS } from '@/content/levels';
import { courseLessons } from '@/content/lessons';
import { levelIn } from '@/content/i18n/level-text';
import { editionOf } from '@/content/i18n/locales';
import { FAMILIES, type Level } from '@/engine';
import { LevelStars } from '@/components/course/LevelStars';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'course.levels' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

function LevelCard({ level, family }: { level: Level; family: string }) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="levels.item" data-level-id={level.id}>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/play/${level.id}`} className="text-lg font-semibold text-indigo-700 hover:underline">
          {level.title}
        </Link>
        <LevelStars levelId={level.id} className="text-sm" />
      </div>
      <p className="mt-1 text-sm text-slate-600">{level.goalText}</p>
      <p className="mt-auto pt-2 text-xs text-slate-500">{family}</p>
    </li>
  );
}

/** All built-in levels, grouped by the lesson that teaches them (a level in no lesson goes last). */
export default async function LevelsPage({ params }: Props) {
  const locale = editionOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('course.levels');
  const lessons = courseLessons(locale);
  const inLessons = new Set(lessons.flatMap((l) => l.outline.challenges));
  const others = [...LEVELS.values()].filter((l) => !inLessons.has(l.id));
  /** A family's name: the engine's words in English, the catalogue's in other editions. */
  const familyOf = (level: Level) => {
    const id = level.landscape.family;
    return locale !== 'en' && t.has(`families.${id}`) ? t(`families.${id}`) : FAMILIES[id].label;
  };
  const card = (level: Level) => <LevelCard key={level.id} level={levelIn(level, locale)} family={familyOf(level)} />;
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich('lead', {
          course: (chunks: ReactNode) => (
            <Link href="/learn" className="font-medium text-indigo-700 underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div data-testid="levels.list">
        {lessons.map((lesson) => (
          <section key={lesson.slug} className="mt-8" aria-labelledby={`levels-${lesson.slug}`}>
            <h2 id={`levels-${lesson.slug}`} className="text-lg font-semibold text-slate-900">
              <Link href={`/learn/${lesson.slug}`} className="hover:text-indigo-700 hover:underline">
                {t('lesson', { number: lesson.number, title: lesson.title })}
              </Link>
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {lesson.outline.challenges.map((id) => {
                const level = LEVELS.get(id);
                return level ? card(level) : null;
              })}
            </ul>
          </section>
        ))}
        {others.length > 0 ? (
          <section className="mt-8" aria-labelledby="levels-more">
            <h2 id="levels-more" className="text-lg font-semibold text-slate-900">
              {t('more')}
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">{others.map(card)}</ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
