/**
 * Tests' English edition of the teacher's pages: a `teacher` translator for pure modules, and
 * a provider around server-rendered views (they call useTranslations).
 */
import type { Locale } from '@/content/i18n/locales';
import { translatorFor, type Translate } from '@/components/i18n/translate';

export { withIntl } from '@/components/i18n/with-intl';

/** The `teacher` messages of an edition, as that edition shows them. */
export function teacherT(locale: Locale): Translate {
  return translatorFor('teacher', locale);
}

/** English `teacher` messages. */
export const tEn: Translate = teacherT('en');
