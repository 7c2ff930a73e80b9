/**
 * Words outside React. Pure helpers (summaries, labels, chart and view descriptions, the
 * editor's checks) take a `Translate` — the `t` of `useTranslations(ns)` or `getTranslations(ns)`
 * — and default to English from the same catalogue, so their English output (and the tests that
 * read it) is what it always was.
 */
import { createTranslator } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Locale } from '@/content/i18n/locales';

/** Values of a message's {placeholders}. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A translator of one namespace: a key ("transport.launch") and its values. */
export type Translate = (key: string, values?: MessageValues) => string;

type LooseTranslator = (config: { locale: string; messages: unknown; namespace: string }) => Translate;

/** A namespace's translator in an edition, outside React (tests, defaults of pure helpers). */
export function translatorFor(namespace: string, locale: Locale = 'en'): Translate {
  return (createTranslator as unknown as LooseTranslator)({ locale, messages: CATALOGUES[locale], namespace });
}

/** The English `player` translator (the default of the player's, scene's and charts' pure helpers). */
export const EN: Translate = translatorFor('player');
