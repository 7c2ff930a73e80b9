'use client';
/** The current edition's address of a site path (for hrefs built in code: share links, redirects). */
import { useLocale } from 'next-intl';
import { DEFAULT_LOCALE, isLocale, localePath } from '@/content/i18n/locales';

export function useLocalePath(): (path: string) => string {
  const locale = useLocale();
  const edition = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (path: string) => localePath(edition, path);
}
