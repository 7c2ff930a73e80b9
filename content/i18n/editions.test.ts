/**
 * Both editions in step: every lesson, plain page, level text, glossary entry, course entry and
 * catalogue message exists in Chinese, with the same structure as the English (challenges,
 * components and their ids, headings' anchors, figures, link targets), and the Chinese lessons
 * pass the same content check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE_OUTLINE } from '../course';
import { GLOSSARY } from '../glossary';
import { LEVELS } from '../levels';
import { LEVEL_TEXTS_ZH } from '../levels/zh';
import { courseLessons, lessonSource } from '../lessons';
import { lessonProblems } from '../lessons/check';
import { parseLesson, type LessonOutline } from '../lessons/outline';
import { COURSE_ZH } from './zh-course';
import { GLOSSARY_ZH } from './zh-glossary';
import { localePath } from './locales';
import { CATALOGUES } from './messages/catalogue';

const { en, zh } = CATALOGUES;

/** The structure a translation keeps: components with their ids, outside headings. */
function skeleton(o: LessonOutline): string[] {
  return o.elements
    .filter((e) => !(e.name === 'Anchor' && e.inside.includes('heading')))
    .map((e) => [e.name, e.attributes.id, e.attributes.of, e.attributes.answer].filter(Boolean).join(' '));
}

const zhCourse = courseLessons('zh').map((l) => ({ ...l, locale: 'zh' as const }));

describe.each(COURSE_OUTLINE.map((l) => l.slug))('lesson %s in Chinese', (slug) => {
  const enOutline = parseLesson(lessonSource(slug) ?? '');
  const source = lessonSource(slug, 'zh');
  it('exists and parses', () => {
    expect(source, `content/lessons/zh/${slug}.mdx is missing`).not.toBeNull();
    expect(() => parseLesson(source ?? '')).not.toThrow();
  });
  const zhOutline = parseLesson(source ?? '');
  it('has the same challenges, components, figures and ids, in order', () => {
    expect(zhOutline.challenges).toEqual(enOutline.challenges);
    expect(skeleton(zhOutline)).toEqual(skeleton(enOutline));
  });
  it("has the English headings' anchors at the same depths", () => {
    expect(zhOutline.headings.map((h) => `${h.depth} ${h.id}`)).toEqual(enOutline.headings.map((h) => `${h.depth} ${h.id}`));
    expect(zhOutline.anchors).toEqual(enOutline.anchors);
  });
  it('links to the same places, in the Chinese edition', () => {
    expect(zhOutline.links).toEqual(enOutline.links.map((u) => localePath('zh', u)));
  });
  it('passes the content check (limits counted with two Han characters a word)', () => {
    const lesson = zhCourse.find((l) => l.slug === slug)!;
    expect(lessonProblems(lesson, zhCourse)).toEqual([]);
  });
});

describe('plain pages in Chinese', () => {
  const dir = join(process.cwd(), 'content/pages');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.mdx')))('%s', (file) => {
    const a = parseLesson(readFileSync(join(dir, file), 'utf8'));
    const b = parseLesson(readFileSync(join(dir, 'zh', file), 'utf8'));
    expect(skeleton(b)).toEqual(skeleton(a));
    expect(b.headings.map((h) => h.id)).toEqual(a.headings.map((h) => h.id));
    expect(b.links).toEqual(a.links.map((u) => localePath('zh', u)));
  });
});

describe('level texts in Chinese', () => {
  it.each([...LEVELS.keys()])('%s', (id) => {
    const level = LEVELS.get(id)!;
    const t = LEVEL_TEXTS_ZH[id];
    expect(t, `content/levels/zh/${id}.json is missing`).toBeDefined();
    expect(t.title && t.goalText).toBeTruthy();
    expect(t.hints.length).toBe(level.hints.length);
    expect(Boolean(t.solutionText)).toBe(Boolean(level.solutionText));
    expect(t.prediction?.choices.length).toBe(level.prediction?.choices.length);
    expect(Boolean(t.idea)).toBe(Boolean(level.intent?.idea));
    // Chinese text, not a copy of the English.
    expect(t.title).toMatch(/\p{Script=Han}/u);
  });
});

describe('glossary, course and catalogue in Chinese', () => {
  it('every glossary entry and lesson has a Chinese version', () => {
    expect(Object.keys(GLOSSARY_ZH).sort()).toEqual(GLOSSARY.map((e) => e.id).sort());
    expect(Object.keys(COURSE_ZH).sort()).toEqual(COURSE_OUTLINE.map((l) => l.slug).sort());
  });

  /** Every leaf key of a catalogue, dotted. */
  const keys = (o: unknown, prefix = ''): string[] =>
    o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  const leaf = (o: unknown, key: string): unknown => key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], o);

  it('every namespace file exists in both languages and is in the catalogue', () => {
    const dir = (l: string) => readdirSync(join(process.cwd(), 'content/i18n/messages', l)).sort();
    expect(dir('zh')).toEqual(dir('en'));
    expect(Object.keys(en).sort()).toEqual(dir('en').map((f) => f.replace(/\.json$/, '')).sort());
  });

  it('every message key exists in both languages, and none is empty', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const k of keys(en)) {
      expect(String(leaf(en, k)).trim(), `en ${k}`).not.toBe('');
      expect(String(leaf(zh, k)).trim(), `zh ${k}`).not.toBe('');
    }
  });

  it('both catalogues use the same placeholders in each message', () => {
    // Arguments only ("{n}", "{n, plural, …}"), not the words of a plural's branches.
    const vars = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
    for (const k of keys(en)) expect(vars(String(leaf(zh, k))), k).toEqual(vars(String(leaf(en, k))));
  });
});

describe('measured phenomena in Chinese', () => {
  it('every phenomenon a lesson can cite has a Chinese name', async () => {
    const { MEASURED_IDS } = await import('../datasets/measured-row');
    const { PHENOMENA_ZH } = await import('./zh-phenomena');
    expect(Object.keys(PHENOMENA_ZH).sort()).toEqual([...MEASURED_IDS].sort());
  });
});
