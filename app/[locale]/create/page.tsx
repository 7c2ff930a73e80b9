import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import CreateEditor from '@/components/editor/CreateEditor';
import { getLevel } from '@/content/levels';
import { levelIn } from '@/content/i18n/level-text';
import { editionOf, isLocale } from '@/content/i18n/locales';

type Params = Promise<{ locale: string }>;
type Search = Promise<{ from?: string | string[] }>;


export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'teacher' });
  return { title: t('pages.createLevel'), description: t('pages.createLevelDescription') };
}

export default async function CreatePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  const { from } = await searchParams;
  const id = typeof from === 'string' ? from : undefined;
  // A fork starts from the built-in level's texts in this edition; from then on they are the teacher's.
  const found = id ? getLevel(id) : undefined;
  const level = found ? levelIn(found, editionOf(locale)) : null;
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          {t('pages.levels')}
        </Link>{' '}
        / {t('pages.create')}
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{level ? t('pages.remix', { title: level.title }) : t('pages.createLevel')}</h1>
        <nav aria-label={t('pages.whatYouCanCreate')} className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="create.landing">
          <span className="text-slate-600">{t('pages.forYourClass')}</span>
          <Link href="/create" aria-current={level || id ? undefined : 'page'} className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.new-level">
            {t('pages.newLevel')}
          </Link>
          <Link href="/create/playlist" className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.new-playlist">
            {t('pages.newPlaylist')}
          </Link>
          <Link href="/desk" className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.desk">
            {t('pages.myDesk')}
          </Link>
        </nav>
      </div>
      {id && !level ? (
        <p className="text-sm text-amber-700" role="status">
          {t('pages.noBuiltin', { id })}
        </p>
      ) : null}
      <CreateEditor from={level} />
    </div>
  );
}
