import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { connection } from 'next/server';
import CreatePlaylistApp from '@/components/editor/CreatePlaylistApp';
import { editionOf, isLocale } from '@/content/i18n/locales';
import { playlistCatalogue } from './catalogue';

type Params = Promise<{ locale: string }>;


export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'teacher' });
  return { title: t('pages.createPlaylist'), description: t('pages.createPlaylistDescription') };
}

export default async function CreatePlaylistPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  // Rendered per request like the other teacher pages, so it runs under the nonce policy
  // (app/_server/http/csp.ts): its editor shows what teachers type.
  await connection();
  const t = await getTranslations('teacher');
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          {t('pages.create')}
        </Link>{' '}
        / {t('pages.playlist')}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{t('pages.createPlaylist')}</h1>
      <p className="text-sm text-slate-700">
        {t.rich('pages.createPlaylistLead', {
          link: (chunks) => (
            <Link href="/create" className="font-medium text-indigo-700 underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <CreatePlaylistApp catalogue={playlistCatalogue(editionOf(locale), t)} />
    </div>
  );
}
