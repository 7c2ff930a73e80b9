import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import EditLevelApp from '@/components/editor/EditLevelApp';
import { editionOf, isLocale } from '@/content/i18n/locales';

type Params = Promise<{ slug: string; locale: string }>;

// The edit token lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'teacher' });
  return { title: t('pages.editLevel'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function EditPage({ params }: { params: Params }) {
  const { slug, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-6">
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          {t('pages.create')}
        </Link>{' '}
        / {t('pages.edit')}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{t('pages.editLevel')}</h1>
      <EditLevelApp slug={slug} />
    </div>
  );
}
