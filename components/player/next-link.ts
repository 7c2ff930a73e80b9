/**
 * "Next →" after a won level, in the reader's language. The course decides where it leads
 * (content/lessons/next.ts, English label); in Chinese the label is made from its target with
 * the Chinese level and lesson titles. Server only, like nextAfter.
 */
import { nextAfter, type NextLink } from '@/content/lessons/next';
import { getLevel } from '@/content/levels';
import { COURSE_OUTLINE } from '@/content/course';
import { courseEntryIn } from '@/content/i18n/course-entry';
import { levelIn } from '@/content/i18n/level-text';
import type { Locale } from '@/content/i18n/locales';
import type { Translate } from '@/components/i18n/translate';

/** What follows `levelId` in the course, labelled in `locale`; null when the level is not a challenge. */
export function nextAfterIn(levelId: string, where: 'lesson' | 'play', locale: Locale, t: Translate): NextLink | null {
  const next = nextAfter(levelId, where);
  if (!next || locale === 'en') return next;
  const levelTitle = (id: string) => {
    const level = getLevel(id);
    return level ? levelIn(level, locale).title : id;
  };
  const { target } = next;
  if (target.kind === 'challenge') {
    const title = levelTitle(target.levelId);
    return { ...next, label: target.lesson ? t('next.challengeInLesson', { title, number: target.lesson }) : t('next.challenge', { title }) };
  }
  if (target.kind === 'lesson') {
    const entry = COURSE_OUTLINE.find((e) => e.slug === target.slug);
    return { ...next, label: t('next.lesson', { title: entry ? courseEntryIn(entry, locale).title : target.slug }) };
  }
  return { ...next, label: t('next.done') };
}
