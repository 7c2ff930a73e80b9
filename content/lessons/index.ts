/**
 * The course as written: each lesson of content/course.ts with its parsed MDX source. Server
 * only (reads files); pages are static, so this runs at build time. Lesson files are the one
 * source of which levels a lesson embeds: the course map, progress and numbering derive from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_OUTLINE, type CourseEntry as LessonInfo } from '../course';
import { courseEntryIn } from '../i18n/course-entry';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { parseLesson, type LessonOutline } from './outline';

export interface CourseLesson extends LessonInfo {
  readonly outline: LessonOutline;
}

/** Where the lesson sources live: English here, each other edition in a folder of its own (zh/). */
export const LESSONS_DIR = join(process.cwd(), 'content', 'lessons');

/** The folder of an edition's lesson sources. */
export function lessonsDir(locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? LESSONS_DIR : join(LESSONS_DIR, locale);
}

/** The MDX source of a lesson in an edition, or null when the file does not exist. */
export function lessonSource(slug: string, locale: Locale = DEFAULT_LOCALE): string | null {
  const file = join(lessonsDir(locale), `${slug}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

const EMPTY: LessonOutline = { headings: [], challenges: [], elements: [], links: [], anchors: [], esm: 0, proseWords: 0, wordsBeforeFirstChallenge: 0 };
const cache = new Map<Locale, readonly CourseLesson[]>();

/** Every lesson of an edition in course order, with its title and outline (cached: the sources do not change at runtime). */
export function courseLessons(locale: Locale = DEFAULT_LOCALE): readonly CourseLesson[] {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === 'production') return cached;
  const lessons = COURSE_OUTLINE.map((info) => {
    const source = lessonSource(info.slug, locale);
    return { ...courseEntryIn(info, locale), outline: source === null ? EMPTY : parseLesson(source) };
  });
  cache.set(locale, lessons);
  return lessons;
}

/** The lesson with this slug in an edition, or undefined. */
export function courseLesson(slug: string, locale: Locale = DEFAULT_LOCALE): CourseLesson | undefined {
  return courseLessons(locale).find((l) => l.slug === slug);
}

/** Where a level is a challenge: its lesson and its 1-based place among that lesson's challenges. */
export function challengePlace(levelId: string): { lesson: CourseLesson; index: number; total: number } | null {
  for (const lesson of courseLessons()) {
    const i = lesson.outline.challenges.indexOf(levelId);
    if (i >= 0) return { lesson, index: i + 1, total: lesson.outline.challenges.length };
  }
  return null;
}
