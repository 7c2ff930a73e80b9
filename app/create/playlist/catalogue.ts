/**
 * The built-in levels a teacher can put in a playlist, grouped by the lesson that teaches them
 * (levels in no lesson last) — server data handed to the client playlist editor as props.
 */
import { LEVELS } from '@/content/levels';
import { courseLessons } from '@/content/lessons';
import type { CatalogueGroup } from '@/components/editor/playlist-draft';

export function playlistCatalogue(): CatalogueGroup[] {
  const lessons = courseLessons();
  const groups: CatalogueGroup[] = lessons.map((lesson) => ({
    label: `Lesson ${lesson.number}: ${lesson.title}`,
    levels: lesson.outline.challenges.flatMap((id) => {
      const level = LEVELS.get(id);
      return level ? [{ id, title: level.title }] : [];
    }),
  }));
  const inLessons = new Set(lessons.flatMap((l) => l.outline.challenges));
  const others = [...LEVELS.values()].filter((l) => !inLessons.has(l.id)).map((l) => ({ id: l.id, title: l.title }));
  if (others.length) groups.push({ label: 'More levels', levels: others });
  return groups.filter((g) => g.levels.length > 0);
}
