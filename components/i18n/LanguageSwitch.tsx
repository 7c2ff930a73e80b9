'use client';
/**
 * The header's language switch: the same page in the other edition, keeping its query and
 * anchor. Choosing remembers the edition in a cookie (read only by the home page's first-visit
 * check in proxy.ts: a remembered choice never redirects an address someone typed or shared).
 */
import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { editionOf, HTML_LANG, type Locale, LOCALE_COOKIE, LOCALE_NAMES, localePath, splitLocale } from '@/content/i18n/locales';

export function LanguageSwitch() {
  const t = useTranslations('site.language');
  const current = useLocale();
  const pathname = usePathname() ?? '/';
  const [suffix, setSuffix] = useState('');
  useEffect(() => {
    // Query and hash are client-only (the page is static): read them after hydration.
    const update = () => setSuffix(`${window.location.search}${window.location.hash}`);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const other: Locale = current === 'zh' ? 'en' : 'zh';
  const { path } = splitLocale(pathname);
  const href = `${localePath(other, path)}${suffix}`;
  const remember = () => {
    document.cookie = `${LOCALE_COOKIE}=${other}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  };
  return (
    <a
      href={href}
      hrefLang={HTML_LANG[other]}
      lang={HTML_LANG[other]}
      onClick={remember}
      title={t('switchTo')}
      className="rounded-md px-2 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900 sm:px-3"
      data-testid="nav.language"
      data-locale={editionOf(current)}
    >
      {LOCALE_NAMES[other]}
    </a>
  );
}
