/**
 * The document of each edition: `<html lang>` (en or zh-CN), the header with the language
 * switch, the footer, and next-intl's messages for client components. English pages are served
 * at unprefixed addresses through proxy.ts's internal rewrite to /en.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import 'katex/dist/katex.min.css';
import '../globals.css';
import { ServerCopySync } from '@/components/course/ServerCopySync';
import { LocaleLink } from '@/components/i18n/LocaleLink';
import { LanguageSwitch } from '@/components/i18n/LanguageSwitch';
import { editionOf, HTML_LANG, isLocale, LOCALES } from '@/content/i18n/locales';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'site' });
  return {
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
  };
}

export const viewport: Viewport = {
  themeColor: '#ffffff',
};

const NAV = [
  { href: '/learn', key: 'course', testId: 'nav.course' },
  { href: '/play', key: 'levels', testId: 'nav.levels' },
  { href: '/glossary', key: 'glossary', testId: 'nav.glossary' },
  { href: '/create', key: 'create', testId: 'nav.create' },
] as const;

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  // The teacher's pages' namespaces are added by the /create and /desk layouts (TeacherMessages).
  const { teacher: _teacher, engineWords: _engineWords, ...messages } = await getMessages();
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={messages}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-indigo-700 focus:px-4 focus:py-2 focus:text-white"
            data-testid="layout.skip-link"
          >
            {t('skipLink')}
          </a>
          <header className="border-b border-slate-200 bg-white/90 backdrop-blur">
            <nav aria-label={t('navLabel')} className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
              <LocaleLink href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900" data-testid="nav.home">
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-amber-500 ring-4 ring-amber-100" />
                Descent
              </LocaleLink>
              <ul className="flex flex-wrap items-center gap-1 text-sm font-medium sm:gap-2">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <LocaleLink
                      href={item.href}
                      className="rounded-md px-2 py-2 text-slate-700 sm:px-3 hover:bg-slate-100 hover:text-slate-900"
                      data-testid={item.testId}
                    >
                      {t(`nav.${item.key}`)}
                    </LocaleLink>
                  </li>
                ))}
                <li>
                  <LanguageSwitch />
                </li>
              </ul>
            </nav>
          </header>
          <main id="main" tabIndex={-1} className="flex-1 outline-none">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-slate-50">
            <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600 sm:px-6">{t('footer')}</div>
          </footer>
          <ServerCopySync />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
