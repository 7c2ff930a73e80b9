// The engine's finding → lesson table names the course's real lessons (moved here from engine/explain: it is about the course).
import { describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from '@/content/course';
import { LESSON_FOR_KIND, LESSON_TITLES } from '@/engine/explain/lessons';

describe('finding → lesson table', () => {
  it('uses the course’s slugs and titles', () => {
    expect(Object.keys(LESSON_TITLES).sort()).toEqual(COURSE_OUTLINE.map((l) => l.slug).sort());
    for (const l of COURSE_OUTLINE) expect(LESSON_TITLES[l.slug]).toBe(l.title);
    for (const target of Object.values(LESSON_FOR_KIND)) {
      if (!target) continue;
      expect(LESSON_TITLES[target.slug]).toBeDefined();
      expect(target.anchor).toMatch(/^#[a-z0-9-]+$/);
    }
  });
});
