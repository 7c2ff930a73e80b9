import { describe, expect, it } from 'vitest';
import { courseLessons } from './index';
import { nextAfter } from './next';

describe('nextAfter', () => {
  const lessons = courseLessons();
  const first = lessons[0];

  it('leads to the next challenge of the same lesson, on the page or on its play page', () => {
    const [a, b] = first.outline.challenges;
    expect(nextAfter(a, 'lesson')?.href).toBe(`#challenge-${b}`);
    expect(nextAfter(a, 'play')?.href).toBe(`/play/${b}`);
    expect(nextAfter(a, 'play')?.label).toMatch(/^Next challenge: /);
  });

  it('after a lesson’s last challenge, leads to the next lesson', () => {
    const last = first.outline.challenges.at(-1)!;
    expect(nextAfter(last, 'lesson')).toEqual({
      href: `/learn/${lessons[1].slug}`,
      label: `Next lesson: ${lessons[1].title}`,
      target: { kind: 'lesson', slug: lessons[1].slug },
    });
    expect(nextAfter(last, 'play')?.href).toBe(`/play/${lessons[1].outline.challenges[0]}`);
  });

  it('ends at the course map, and knows nothing of levels outside the course', () => {
    const end = lessons.at(-1)!.outline.challenges.at(-1)!;
    expect(nextAfter(end, 'play')?.href).toBe('/learn');
    expect(nextAfter(end, 'play')?.target).toEqual({ kind: 'done' });
    expect(nextAfter('no-such-level', 'play')).toBeNull();
  });
});
