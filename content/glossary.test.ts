import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { COURSE_OUTLINE } from './course';

describe('glossary', () => {
  it('has unique, URL-safe ids and names only real lessons', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GLOSSARY) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.definition.length).toBeGreaterThan(20);
      if (e.lesson) expect(COURSE_OUTLINE.map((l) => l.slug)).toContain(e.lesson);
    }
  });

  it('covers the words the course issue names', () => {
    for (const id of ['batch', 'epoch', 'saddle-point', 'sharpness', 'bias-correction']) expect(GLOSSARY.map((e) => e.id)).toContain(id);
  });
});
