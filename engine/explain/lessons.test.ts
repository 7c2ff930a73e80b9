import { describe, expect, it } from 'vitest';
import { LESSON_FOR_KIND, lessonLinksFor } from './lessons';
import type { Finding } from './types';

describe('finding → lesson table', () => {
  it('every kind but success points to a lesson; links are deduplicated in order', () => {
    for (const [kind, target] of Object.entries(LESSON_FOR_KIND)) expect(target === null).toBe(kind === 'success');
    const f = (kind: Finding['kind']): Finding => ({ kind, title: '', text: '', numbers: {} });
    const links = lessonLinksFor([f('success'), f('oscillation'), f('saddle-stall'), f('oscillation')]);
    expect(links.map((l) => l.slug + l.anchor)).toEqual(['ravines-and-momentum#oscillation', 'saddle-points#saddles']);
    expect(links[1].title).toBe('Saddle points: stalling at a saddle');
  });
});
