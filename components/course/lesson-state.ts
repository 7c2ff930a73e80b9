/**
 * Where a reader stands in each lesson, from the browser's progress. Lessons are suggested in
 * order, never locked: a lesson left unfinished while a later one was opened or played counts
 * as skipped, so the map can point back to it.
 */
export type LessonState = 'done' | 'in-progress' | 'skipped' | 'not-started';

export interface LessonForState {
  readonly slug: string;
  readonly levelIds: readonly string[];
}

export interface ProgressForState {
  /** Stars per level id. */
  readonly stars: Readonly<Record<string, number>>;
  /** Lesson slugs opened. */
  readonly visited: ReadonlySet<string>;
}

/** One state per lesson, in course order. */
export function lessonStates(lessons: readonly LessonForState[], p: ProgressForState): LessonState[] {
  const done = (l: LessonForState) => l.levelIds.filter((id) => (p.stars[id] ?? 0) >= 1).length;
  const touched = (l: LessonForState) => p.visited.has(l.slug) || done(l) > 0;
  return lessons.map((lesson, i) => {
    const n = done(lesson);
    if (lesson.levelIds.length > 0 && n === lesson.levelIds.length) return 'done';
    if (lessons.slice(i + 1).some(touched)) return 'skipped';
    return touched(lesson) ? 'in-progress' : 'not-started';
  });
}

/** The lesson to suggest next: the first one not done, or null when the course is complete. */
export function suggestedLesson(states: readonly LessonState[]): number | null {
  const i = states.findIndex((s) => s !== 'done');
  return i < 0 ? null : i;
}
