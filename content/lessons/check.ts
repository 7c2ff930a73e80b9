/**
 * The content check: everything a lesson references must exist. Returns readable problems
 * (empty = fine) so the test can show them all at once, and so a synthetic bad lesson can be
 * checked too. Levels' solvability is proved in content/levels/levels.test.ts.
 */
import { GLOSSARY_BY_ID } from '../glossary';
import { LEVELS } from '../levels';
import type { LessonOutline } from './outline';

/** The components of the MDX map (mdx-components.tsx) a lesson may use. */
export const LESSON_COMPONENTS = ['Challenge', 'Try', 'Note', 'Correction', 'Term', 'Anchor'] as const;

/** Top-level pages a lesson may link to (besides lessons, levels and glossary anchors). */
const STATIC_PAGES = new Set(['/', '/learn', '/learn/about-the-math', '/learn/notation', '/glossary', '/play']);

export interface CourseForCheck {
  readonly slug: string;
  readonly outline: LessonOutline;
}

/** Problems with a link target, seen from lesson `from`. */
function linkProblem(url: string, from: CourseForCheck, course: readonly CourseForCheck[]): string | null {
  if (/^https?:\/\//.test(url)) return null;
  if (url.startsWith('#')) return from.outline.anchors.includes(url.slice(1)) ? null : `link ${url}: no such anchor in this lesson`;
  if (!url.startsWith('/')) return `link ${url}: use an absolute path (/learn/…) or https://`;
  const [pathAndQuery, anchor] = url.split('#', 2);
  const path = pathAndQuery.split('?')[0];
  const lessonMatch = /^\/learn\/([a-z0-9-]+)$/.exec(path);
  if (lessonMatch && !STATIC_PAGES.has(path)) {
    const target = course.find((l) => l.slug === lessonMatch[1]);
    if (!target) return `link ${url}: no lesson "${lessonMatch[1]}"`;
    if (anchor && !target.outline.anchors.includes(anchor)) return `link ${url}: lesson has no anchor #${anchor}`;
    return null;
  }
  const playMatch = /^\/play\/([a-z0-9-]+)$/.exec(path);
  if (playMatch) return LEVELS.has(playMatch[1]) ? null : `link ${url}: no level "${playMatch[1]}"`;
  if (path === '/glossary' && anchor) return GLOSSARY_BY_ID.has(anchor) ? null : `link ${url}: no glossary entry "${anchor}"`;
  return STATIC_PAGES.has(path) ? null : `link ${url}: no such page`;
}

/** Every problem of one lesson. */
export function lessonProblems(lesson: CourseForCheck, course: readonly CourseForCheck[]): string[] {
  const { outline } = lesson;
  const problems: string[] = [];
  const where = (line: number) => `${lesson.slug}.mdx:${line}`;
  if (outline.esm > 0) problems.push(`${lesson.slug}.mdx: lessons import and export nothing (found ${outline.esm})`);
  for (const el of outline.elements) {
    if (!(LESSON_COMPONENTS as readonly string[]).includes(el.name)) {
      problems.push(`${where(el.line)}: <${el.name}> is not in the lesson component map (${LESSON_COMPONENTS.join(', ')})`);
    }
    if (el.name === 'Challenge' && !LEVELS.has(el.attributes.id ?? '')) problems.push(`${where(el.line)}: unknown level id "${el.attributes.id ?? ''}"`);
    if (el.name === 'Term' && !GLOSSARY_BY_ID.has(el.attributes.id ?? '')) problems.push(`${where(el.line)}: unknown glossary id "${el.attributes.id ?? ''}"`);
    if (el.name === 'Anchor' && !el.attributes.id) problems.push(`${where(el.line)}: <Anchor> needs an id`);
  }
  if (outline.challenges.length < 2) problems.push(`${lesson.slug}.mdx: needs at least two challenges (has ${outline.challenges.length})`);
  for (const h of outline.headings) {
    if (h.depth === 1) problems.push(`${lesson.slug}.mdx: "# ${h.text}": no h1 in lessons (the page prints the title)`);
    if (!h.id) problems.push(`${lesson.slug}.mdx: heading "${h.text}" has no anchor text`);
  }
  const seen = new Set<string>();
  for (const id of outline.anchors) {
    if (seen.has(id)) problems.push(`${lesson.slug}.mdx: anchor #${id} is used twice`);
    seen.add(id);
  }
  for (const url of outline.links) {
    const p = linkProblem(url, lesson, course);
    if (p) problems.push(`${lesson.slug}.mdx: ${p}`);
  }
  return problems;
}
