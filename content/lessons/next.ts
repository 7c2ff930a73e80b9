/**
 * "Next challenge →" after a level is won: the next challenge of the same lesson, else the
 * first challenge of the next lesson that has one, else the course map. In a lesson the link
 * points at the challenge on the page (or the next lesson); on a play page, at the next play page.
 * Server only (reads the lessons through courseLessons).
 */
import { getLevel } from '../levels';
import { courseLessons } from './index';

/** A link to what comes after a level. */
export interface NextLink {
  readonly href: string;
  /** e.g. "Next challenge: Escape the saddle" or "Next lesson: Ravines and momentum" (English). */
  readonly label: string;
  /** What it leads to, for a label in another language (components/player/next-link.ts). */
  readonly target:
    | { readonly kind: 'challenge'; readonly levelId: string; readonly lesson?: number }
    | { readonly kind: 'lesson'; readonly slug: string }
    | { readonly kind: 'done' };
}

/** What follows `levelId` in the course; null when the level is not a challenge. */
export function nextAfter(levelId: string, where: 'lesson' | 'play'): NextLink | null {
  const lessons = courseLessons();
  const at = lessons.findIndex((l) => l.outline.challenges.includes(levelId));
  if (at < 0) return null;
  const lesson = lessons[at];
  const challenges = lesson.outline.challenges;
  const nextId = challenges[challenges.indexOf(levelId) + 1];
  if (nextId) {
    const title = getLevel(nextId)?.title ?? nextId;
    return { href: where === 'lesson' ? `#challenge-${nextId}` : `/play/${nextId}`, label: `Next challenge: ${title}`, target: { kind: 'challenge', levelId: nextId } };
  }
  for (const later of lessons.slice(at + 1)) {
    const first = later.outline.challenges[0];
    if (!first) continue;
    return where === 'lesson'
      ? { href: `/learn/${later.slug}`, label: `Next lesson: ${later.title}`, target: { kind: 'lesson', slug: later.slug } }
      : {
          href: `/play/${first}`,
          label: `Next challenge: ${getLevel(first)?.title ?? first} (lesson ${later.number})`,
          target: { kind: 'challenge', levelId: first, lesson: later.number },
        };
  }
  return { href: '/learn', label: 'Course finished: back to the course map', target: { kind: 'done' } };
}
