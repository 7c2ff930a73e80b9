import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { connection } from 'next/server';
import DeskApp from '@/components/desk/DeskApp';
import { editionOf, isLocale } from '@/content/i18n/locales';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'teacher' });
  return {
    title: t('pages.myDesk'),
    description: t('pages.deskDescription'),
    // The desk's secret link lives in the URL fragment; nothing here is for search engines.
    robots: { index: false, follow: false },
  };
}

export default async function DeskPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  // Rendered per request under the nonce policy (app/_server/http/csp.ts): it shows teachers' titles.
  await connection();
  const t = await getTranslations('teacher');
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          {t('pages.create')}
        </Link>{' '}
        / {t('pages.myDesk')}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{t('pages.myDesk')}</h1>
      <DeskApp />
    </div>
  );
}
