'use client';
/**
 * The page's addresses in both editions as <link rel="alternate" hreflang> (React hoists them
 * into <head>), plus x-default → English. Rendered once by the [locale] layout for every page.
 */
import { usePathname } from 'next/navigation';
import { HTML_LANG, LOCALES, localePath, splitLocale } from '@/content/i18n/locales';

export function HreflangLinks() {
  const { path: bare } = splitLocale(usePathname() ?? '/');
  return (
    <>
      {LOCALES.map((l) => (
        <link key={l} rel="alternate" hrefLang={HTML_LANG[l]} href={localePath(l, bare)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={bare} />
    </>
  );
}
