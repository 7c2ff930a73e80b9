import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/i18n/LocaleLink';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start px-4 py-20 sm:px-6" data-testid="notfound.root">
      <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700">404</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight text-slate-900" data-testid="notfound.title">
        {t('title')}
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">{t('body')}</p>
      <div className="mt-8 flex gap-4">
        <LocaleLink href="/" className="rounded-lg bg-indigo-700 px-5 py-3 font-semibold text-white hover:bg-indigo-800" data-testid="notfound.home-link">
          {t('home')}
        </LocaleLink>
        <LocaleLink href="/learn" className="rounded-lg px-5 py-3 font-semibold text-indigo-700 hover:bg-indigo-50">
          {t('course')}
        </LocaleLink>
      </div>
    </div>
  );
}
