import type { Metadata } from 'next';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { editionOf, isLocale } from '@/content/i18n/locales';
import { levelIn } from '@/content/i18n/level-text';
import { LevelPlayer } from '@/components/player/LevelPlayer';
import { PlaylistBarSlot } from '@/components/player/PlaylistBarSlot';
import { getLevel, LEVELS } from '@/content/levels';

type Params = Promise<{ levelId: string; locale: string }>;

/** The level in the page's edition, or undefined. */
function levelFor(levelId: string, raw: string) {
  const level = getLevel(levelId);
  return level ? levelIn(level, editionOf(raw)) : undefined;
}

/** Built-in levels are pre-rendered. */
export function generateStaticParams() {
  return [...LEVELS.keys()].map((levelId) => ({ levelId }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { levelId, locale } = await params;
  const level = levelFor(levelId, locale);
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'play' });
  return level ? { title: `${level.title}`, description: level.goalText } : { title: t('notFound') };
}

export default async function PlayPage({ params }: { params: Params }) {
  const { levelId, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('play');
  const level = levelFor(levelId, locale);
  if (!level) notFound();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-6">
      <nav aria-label={t('breadcrumb')} className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          {t('levels')}
        </Link>{' '}
        / {level.title}
      </nav>
      <PlaylistBarSlot current={level.id} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{level.title}</h1>
        <Link href={`/create?from=${encodeURIComponent(level.id)}`} className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline" data-testid="play.remix">
          {t('remix')}
        </Link>
      </div>
      <LevelPlayer id={level.id} eager syncUrl heading={false} />
      {level.hints.length ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">{t('hints')}</summary>
          <ul className="mt-2 list-disc pl-5">
            {level.hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
