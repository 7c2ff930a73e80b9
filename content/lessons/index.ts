/**
 * The course as written: each lesson of content/course.ts with its parsed MDX source. Server
 * only (reads files); pages are static, so this runs at build time. Lesson files are the one
 * source of which levels a lesson embeds: the course map, progress and numbering derive from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_OUTLINE, type CourseEntry as LessonInfo } from '../course';
import { parseLesson, type LessonOutline } from './outline';

export interface CourseLesson extends LessonInfo {
  readonly outline: LessonOutline;
}

/** Where the lesson sources live. */
export const LESSONS_DIR = join(process.cwd(), 'content', 'lessons');

/** The MDX source of a lesson, or null when the file does not exist. */
export function lessonSource(slug: string): string | null {
  const file = join(LESSONS_DIR, `${slug}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

const EMPTY: LessonOutline = { headings: [], challenges: [], elements: [], links: [], anchors: [], esm: 0, proseWords: 0, wordsBeforeFirstChallenge: 0 };
let cache: readonly CourseLesson[] | null = null;

/** Every lesson in course order, with its outline (cached: the sources do not change at runtime). */
export function courseLessons(): readonly CourseLesson[] {
  if (cache && process.env.NODE_ENV === 'production') return cache;
  cache = COURSE_OUTLINE.map((info) => {
    const source = lessonSource(info.slug);
    return { ...info, outline: source === null ? EMPTY : parseLesson(source) };
  });
  return cache;
}

/** The lesson with this slug, or undefined. */
export function courseLesson(slug: string): CourseLesson | undefined {
  return courseLessons().find((l) => l.slug === slug);
}

/** Where a level is a challenge: its lesson and its 1-based place among that lesson's challenges. */
export function challengePlace(levelId: string): { lesson: CourseLesson; index: number; total: number } | null {
  for (const lesson of courseLessons()) {
    const i = lesson.outline.challenges.indexOf(levelId);
    if (i >= 0) return { lesson, index: i + 1, total: lesson.outline.challenges.length };
  }
  return null;
}
