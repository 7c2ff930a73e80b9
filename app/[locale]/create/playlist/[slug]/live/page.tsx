import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import LiveClassApp from '@/components/live/LiveClassApp';
import { editionOf, isLocale } from '@/content/i18n/locales';
import { builtinTitles } from '../../catalogue';

type Params = Promise<{ slug: string; locale: string }>;


// The key lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: editionOf((await params).locale), namespace: 'teacher' });
  return { title: t('pages.liveClassView'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The live class view of a playlist (components/live/LiveClassApp.tsx). */
export default async function LiveClassPage({ params }: { params: Params }) {
  const { slug, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  const edition = editionOf(locale);
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/desk" className="underline-offset-2 hover:underline">
          {t('pages.myDesk')}
        </Link>{' '}
        / {t('pages.liveClassView')}
      </nav>
      {/* Built-in levels' titles in this edition (the stream names them in English). */}
      <LiveClassApp slug={slug} builtinTitles={edition === 'en' ? undefined : builtinTitles(edition)} />
    </div>
  );
}
