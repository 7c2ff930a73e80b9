'use client';
/**
 * next/link that keeps the reader in their edition: a site path ("/learn/…") gets the current
 * edition's prefix ("/zh/learn/…" in Chinese). Every internal link of the site goes through it,
 * so a page written once serves both editions.
 */
import Link from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { isLocale, localePath } from '@/content/i18n/locales';

type Props = ComponentProps<typeof Link>;

export function LocaleLink({ href, ...rest }: Props) {
  const locale = useLocale();
  const to = typeof href === 'string' && isLocale(locale) ? localePath(locale, href) : href;
  return <Link href={to} {...rest} />;
}
