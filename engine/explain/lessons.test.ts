import { describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from '@/content/course';
import { LESSON_FOR_KIND, LESSON_TITLES, lessonLinksFor } from './lessons';
import type { Finding } from './types';

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

  it('every kind but success points to a lesson; links are deduplicated in order', () => {
    for (const [kind, target] of Object.entries(LESSON_FOR_KIND)) expect(target === null).toBe(kind === 'success');
    const f = (kind: Finding['kind']): Finding => ({ kind, title: '', text: '', numbers: {} });
    const links = lessonLinksFor([f('success'), f('oscillation'), f('saddle-stall'), f('oscillation')]);
    expect(links.map((l) => l.slug + l.anchor)).toEqual(['ravines-and-momentum#oscillation', 'saddle-points#saddles']);
    expect(links[1].title).toBe('Saddle points: stalling at a saddle');
  });
});
