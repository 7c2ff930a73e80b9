/**
 * next-intl's request configuration: the edition comes from the [locale] segment (pages call
 * setRequestLocale so they stay static), its messages from ./messages/catalogue.ts.
 */
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from './locales';
import { CATALOGUES } from './messages/catalogue';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: CATALOGUES[locale],
    timeZone: 'UTC',
  };
});
