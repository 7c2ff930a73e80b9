import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import EditPlaylistApp from '@/components/editor/EditPlaylistApp';
import { editionOf, isLocale } from '@/content/i18n/locales';
import { playlistCatalogue } from '../catalogue';

type Params = Promise<{ slug: string; locale: string }>;


// The edit token lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'teacher' });
  return { title: t('pages.editPlaylist'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function EditPlaylistPage({ params }: { params: Params }) {
  const { slug, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/create/playlist" className="underline-offset-2 hover:underline">
          {t('pages.createPlaylist')}
        </Link>{' '}
        / {t('pages.edit')}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{t('pages.editPlaylist')}</h1>
      <EditPlaylistApp slug={slug} catalogue={playlistCatalogue(editionOf(locale), t)} />
    </div>
  );
}
