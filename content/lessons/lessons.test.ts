import { describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from '../course';
import { LEVELS } from '../levels';
import { LESSON_FOR_KIND } from '@/engine/explain/lessons';
import { courseLessons, lessonSource } from './index';
import { parseLesson } from './outline';
import { lessonProblems } from './check';
import { measuredRow } from '@/content/datasets/measured-row';

const course = courseLessons();

describe('the content check catches bad lessons', () => {
  const bad = parseLesson(
    [
      '# A title',
      '## Same',
      '## Same',
      '<Challenge id="no-such-level" />',
      '<Term id="nope">x</Term> <Widget /> [a](/learn/nowhere) [b](/play/ravine-momentum) [c](#missing)',
    ].join('\n\n'),
  );
  const problems = lessonProblems({ slug: 'bad', outline: bad }, course);
  it.each([
    'unknown level id "no-such-level"',
    'unknown glossary id "nope"',
    '<Widget> is not in the lesson component map',
    'anchor #same is used twice',
    'no lesson "nowhere"',
    'no such anchor in this lesson',
    'no h1 in lessons',
    'needs at least two challenges',
  ])('reports: %s', (fragment) => {
    expect(problems.some((p) => p.includes(fragment)), problems.join('\n')).toBe(true);
  });
  it('accepts a valid link to a level', () => {
    expect(problems.some((p) => p.includes('/play/ravine-momentum'))).toBe(false);
  });
  it('rejects import/export and reports syntax errors with a position', () => {
    expect(parseLesson("import x from 'y'\n\nText").esm).toBe(1);
    expect(() => parseLesson('Text with <Broken\n\nmore')).toThrow(/\d+:\d+/);
  });
});

describe('the course content', () => {
  it.each(COURSE_OUTLINE.map((l) => l.slug))('%s: has a lesson file that parses', (slug) => {
    const src = lessonSource(slug);
    expect(src, `content/lessons/${slug}.mdx is missing`).not.toBeNull();
    expect(() => parseLesson(src ?? '')).not.toThrow();
  });

  it.each(course.map((l) => [l.slug, l] as const))('%s: levels, terms, anchors and links all resolve', (_slug, lesson) => {
    expect(lessonProblems(lesson, course)).toEqual([]);
  });

  it('every <Value of="id.key"> names a number its phenomenon measures', async () => {
    for (const lesson of course) {
      for (const el of lesson.outline.elements.filter((e) => e.name === 'Value')) {
        const [id, key] = (el.attributes.of ?? '').split('.');
        expect(Object.keys((await measuredRow(id)).measured), `${lesson.slug}.mdx:${el.line}: <Value of="${el.attributes.of}">`).toContain(key);
      }
    }
  }, 60_000);

  it('every embedded level validates and publishes a solution (levels.test.ts proves it earns 3★)', () => {
    for (const lesson of course) {
      for (const id of lesson.outline.challenges) expect(LEVELS.get(id)?.solution, `${lesson.slug}: ${id}`).toBeDefined();
    }
  });

  it('each level is a challenge in exactly one lesson, and the course has about twenty', () => {
    const all = course.flatMap((l) => l.outline.challenges);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(16);
  });

  it('every section the run explanations link to exists', () => {
    for (const target of Object.values(LESSON_FOR_KIND)) {
      if (!target) continue;
      const lesson = course.find((l) => l.slug === target.slug);
      expect(lesson?.outline.anchors, `${target.slug}${target.anchor}`).toContain(target.anchor.slice(1));
    }
  });
});
