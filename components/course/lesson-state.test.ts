import { describe, expect, it } from 'vitest';
import { lessonStates, suggestedLesson } from './lesson-state';

const lessons = [
  { slug: 'one', levelIds: ['a', 'b'] },
  { slug: 'two', levelIds: ['c', 'd'] },
  { slug: 'three', levelIds: ['e', 'f'] },
];

describe('lesson states', () => {
  it('a fresh reader has not started anything and is pointed at lesson 1', () => {
    const s = lessonStates(lessons, { stars: {}, visited: new Set() });
    expect(s).toEqual(['not-started', 'not-started', 'not-started']);
    expect(suggestedLesson(s)).toBe(0);
  });

  it('done needs a star on every challenge; opening is in progress', () => {
    const s = lessonStates(lessons, { stars: { a: 3, b: 1, c: 0 }, visited: new Set(['one', 'two']) });
    expect(s).toEqual(['done', 'in-progress', 'not-started']);
    expect(suggestedLesson(s)).toBe(1);
  });

  it('skipping ahead marks the unfinished lessons before it as skipped, and suggests the first', () => {
    const s = lessonStates(lessons, { stars: { e: 2 }, visited: new Set(['one']) });
    expect(s).toEqual(['skipped', 'skipped', 'in-progress']);
    expect(suggestedLesson(s)).toBe(0);
  });

  it('a finished course suggests nothing', () => {
    const stars = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, 1]));
    expect(suggestedLesson(lessonStates(lessons, { stars, visited: new Set() }))).toBeNull();
  });
});
