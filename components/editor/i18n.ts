/**
 * The teacher's pages' words (namespace `teacher` of content/i18n/messages). Pure modules that
 * build sentences outside React take a `Translate` (the `t` of useTranslations('teacher'), or
 * tests' English translator) or return a `Message` (key and values) that the view translates:
 * a calibration's warning is stored in the draft, so it is kept as a key, not as words.
 */

import type { MessageValues, Translate } from '@/components/i18n/translate';

export type { MessageValues, Translate } from '@/components/i18n/translate';

/** A sentence to show, as its key in the `teacher` namespace and its values. */
export interface Message {
  readonly key: string;
  readonly values?: MessageValues;
}

/** The message in the reader's language; a plain string (a draft saved before messages) as it is. */
export function say(t: Translate, m: Message | string): string {
  return typeof m === 'string' ? m : t(m.key, m.values);
}

/** A failed API call as the page shows it: the client's own problems translated, the server's message as it came. */
export function apiErrorText(t: Translate, res: { readonly error: string; readonly problem?: 'network' | 'answer'; readonly detail?: string }): string {
  if (res.problem === 'network') return t('api.network', { detail: res.detail ?? '' });
  if (res.problem === 'answer') return t('api.answer');
  return res.error;
}

/** Sentences shown one after another: a space between English ones, none between Chinese ones (they end in "。"). */
export function sentences(list: readonly string[], locale: string): string {
  return list.join(locale === 'zh' ? '' : ' ');
}
