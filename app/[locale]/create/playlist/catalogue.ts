/**
 * The built-in levels a teacher can put in a playlist, grouped by the lesson that teaches them
 * (levels in no lesson last) — server data handed to the client playlist editor as props, with
 * titles and lesson names in the page's edition.
 */
import { LEVELS } from '@/content/levels';
import { courseLessons } from '@/content/lessons';
import { courseEntryIn } from '@/content/i18n/course-entry';
import { levelIn } from '@/content/i18n/level-text';
import type { Locale } from '@/content/i18n/locales';
import type { CatalogueGroup } from '@/components/editor/playlist-draft';
import type { Translate } from '@/components/editor/i18n';

/** Every built-in level's title in an edition, by level id. */
export function builtinTitles(locale: Locale): Record<string, string> {
  return Object.fromEntries([...LEVELS.values()].map((l) => [l.id, levelIn(l, locale).title]));
}

/** The catalogue in an edition (`t`: the `teacher` messages of that edition). */
export function playlistCatalogue(locale: Locale, t: Translate): CatalogueGroup[] {
  // The lessons' challenges as the course lists them; their names in the edition.
  const lessons = courseLessons();
  const title = (id: string) => {
    const level = LEVELS.get(id);
    return level ? levelIn(level, locale).title : null;
  };
  const groups: CatalogueGroup[] = lessons.map((lesson) => ({
    label: t('playlist.lessonGroup', { number: lesson.number, title: courseEntryIn(lesson, locale).title }),
    levels: lesson.outline.challenges.flatMap((id) => {
      const name = title(id);
      return name === null ? [] : [{ id, title: name }];
    }),
  }));
  const inLessons = new Set(lessons.flatMap((l) => l.outline.challenges));
  const others = [...LEVELS.values()].filter((l) => !inLessons.has(l.id)).map((l) => ({ id: l.id, title: levelIn(l, locale).title }));
  if (others.length) groups.push({ label: t('playlist.moreLevels'), levels: others });
  return groups.filter((g) => g.levels.length > 0);
}
