/** Wraps an element in an edition's message catalogue, for tests that render components outside a page. */
import { createElement, type ReactElement } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Locale } from '@/content/i18n/locales';

export function withIntl(element: ReactElement, locale: Locale = 'en'): ReactElement {
  return createElement(NextIntlClientProvider, { locale, messages: CATALOGUES[locale] as never, timeZone: 'UTC', children: element });
}
