/**
 * The content check: everything a lesson references must exist. Returns readable problems
 * (empty = fine) so the test can show them all at once, and so a synthetic bad lesson can be
 * checked too. Levels' solvability is proved in content/levels/levels.test.ts.
 */
import { GLOSSARY_BY_ID } from '../glossary';
import { LEVELS } from '../levels';
import type { LessonOutline } from './outline';
import { OPTIMIZER_INFO, type OptimizerId } from '../../engine';
import { MEASURED_IDS } from '../datasets/measured-row';
import { DEFAULT_LOCALE, splitLocale, type Locale } from '../i18n/locales';

/** The components of the MDX map (mdx-components.tsx) a lesson may use. */
export const LESSON_COMPONENTS = ['Challenge', 'Try', 'Note', 'Correction', 'Term', 'Anchor', 'Measured', 'Value', 'Check'] as const;

/** Lesson figures (components/figures): any name ending in "Figure"; components/figures tests that each exists. */
const FIGURE_NAME = /^[A-Z][A-Za-z0-9]*Figure$/;

/** Limits that keep a lesson a game first: prose length, and how much is read before the first play. */
export const LESSON_LIMITS = { proseWords: 2500, wordsBeforeFirstChallenge: 150, checks: [2, 3] } as const;

const PHENOMENON_IDS = MEASURED_IDS;

/**
 * Forward references: a glossary term, or an optimizer a challenge unlocks, whose lesson comes
 * later in the course. Allowed only where the lesson introduces it in an aside: a
 * `<Term id>` of it inside a `<Note>` (a short self-contained introduction where first needed).
 */
function forwardReferences(lesson: CourseForCheck, course: readonly CourseForCheck[]): string[] {
  const position = new Map(course.map((l, i) => [l.slug, i]));
  const here = position.get(lesson.slug) ?? 0;
  const taughtLater = (termId: string) => {
    const at = position.get(GLOSSARY_BY_ID.get(termId)?.lesson ?? '');
    return at !== undefined && at > here;
  };
  const terms = lesson.outline.elements.filter((e) => e.name === 'Term');
  const asides = new Set(terms.filter((e) => e.inside.includes('Note')).map((e) => e.attributes.id));
  const out: string[] = [];
  for (const t of terms) {
    const id = t.attributes.id ?? '';
    if (taughtLater(id) && !asides.has(id)) out.push(`${lesson.slug}.mdx:${t.line}: <Term id="${id}"> is taught in a later lesson (${GLOSSARY_BY_ID.get(id)?.lesson}); introduce it in a <Note> aside here first`);
  }
  for (const levelId of lesson.outline.challenges) {
    const level = LEVELS.get(levelId);
    if (!level) continue;
    const ctl = level.controls.optimizer as { options?: readonly string[] } | undefined;
    const offered = new Set([level.defaults.optimizer ?? 'sgd', ...(ctl?.options ?? [])]);
    for (const opt of offered) {
      const term = OPTIMIZER_INFO[opt as OptimizerId]?.glossary;
      if (term && taughtLater(term) && !asides.has(term)) out.push(`${lesson.slug}.mdx: challenge "${levelId}" offers ${opt}, taught in a later lesson (${GLOSSARY_BY_ID.get(term)?.lesson}); introduce it in a <Note> aside (<Term id="${term}">) in this lesson`);
    }
  }
  return out;
}

/** Problems with a <Check>'s attributes. */
function checkProblems(a: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  if (!a.question) out.push('<Check> needs a question');
  if (!a.why) out.push('<Check> needs a why');
  const letters = ['a', 'b', 'c', 'd'].filter((l) => a[l]);
  if (letters.length < 2 || letters.join('') !== 'abcd'.slice(0, letters.length)) out.push('<Check> needs choices a, b (and optionally c, d), in order');
  if (!letters.includes(a.answer ?? '')) out.push(`<Check> answer "${a.answer ?? ''}" is not one of its choices`);
  return out;
}

/** Top-level pages a lesson may link to (besides lessons, levels and glossary anchors). */
const STATIC_PAGES = new Set(['/', '/learn', '/learn/about-the-math', '/learn/notation', '/glossary', '/play', '/explore/projection']);

export interface CourseForCheck {
  readonly slug: string;
  readonly outline: LessonOutline;
  /** The lesson's edition: a Chinese lesson links to Chinese pages (/zh/…). Default English. */
  readonly locale?: Locale;
}

/** Problems with a link target, seen from lesson `from`. */
function linkProblem(raw: string, from: CourseForCheck, course: readonly CourseForCheck[]): string | null {
  let url = raw;
  if (/^https?:\/\//.test(url)) return null;
  if (url.startsWith('#')) return from.outline.anchors.includes(url.slice(1)) ? null : `link ${url}: no such anchor in this lesson`;
  if (!url.startsWith('/')) return `link ${url}: use an absolute path (/learn/…) or https://`;
  const edition = splitLocale(url.split(/[?#]/, 1)[0]);
  if (edition.locale !== (from.locale ?? DEFAULT_LOCALE)) return `link ${url}: links to the ${edition.locale} edition from a ${from.locale ?? DEFAULT_LOCALE} lesson`;
  // Check the edition-free address; messages below name the link as written.
  if (edition.locale !== DEFAULT_LOCALE) url = url.slice(1 + edition.locale.length) || '/';
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
    if (!(LESSON_COMPONENTS as readonly string[]).includes(el.name) && !FIGURE_NAME.test(el.name)) {
      problems.push(`${where(el.line)}: <${el.name}> is not in the lesson component map (${LESSON_COMPONENTS.join(', ')})`);
    }
    if (el.name === 'Challenge' && !LEVELS.has(el.attributes.id ?? '')) problems.push(`${where(el.line)}: unknown level id "${el.attributes.id ?? ''}"`);
    if (el.name === 'Term' && !GLOSSARY_BY_ID.has(el.attributes.id ?? '')) problems.push(`${where(el.line)}: unknown glossary id "${el.attributes.id ?? ''}"`);
    if (el.name === 'Anchor' && !el.attributes.id) problems.push(`${where(el.line)}: <Anchor> needs an id`);
    if (el.name === 'Check') problems.push(...checkProblems(el.attributes).map((p) => `${where(el.line)}: ${p}`));
    if (el.name === 'Measured' && !PHENOMENON_IDS.has(el.attributes.id ?? '')) problems.push(`${where(el.line)}: unknown phenomenon id "${el.attributes.id ?? ''}" (npm run phenomena lists them)`);
    if (el.name === 'Value' && !PHENOMENON_IDS.has((el.attributes.of ?? '').split('.')[0])) problems.push(`${where(el.line)}: <Value of="${el.attributes.of ?? ''}">: unknown phenomenon id`);
  }
  if (outline.challenges.length < 2) problems.push(`${lesson.slug}.mdx: needs at least two challenges (has ${outline.challenges.length})`);
  if (outline.proseWords > LESSON_LIMITS.proseWords) problems.push(`${lesson.slug}.mdx: ${outline.proseWords} words of prose, over the limit of ${LESSON_LIMITS.proseWords}`);
  if (outline.wordsBeforeFirstChallenge > LESSON_LIMITS.wordsBeforeFirstChallenge) problems.push(`${lesson.slug}.mdx: ${outline.wordsBeforeFirstChallenge} words before the first challenge (play first: at most ${LESSON_LIMITS.wordsBeforeFirstChallenge})`);
  const checks = outline.elements.filter((e) => e.name === 'Check').length;
  if (checks < LESSON_LIMITS.checks[0] || checks > LESSON_LIMITS.checks[1]) problems.push(`${lesson.slug}.mdx: an end-of-lesson check of ${LESSON_LIMITS.checks[0]}–${LESSON_LIMITS.checks[1]} <Check> questions (has ${checks})`);
  for (const h of outline.headings) {
    if (h.depth === 1) problems.push(`${lesson.slug}.mdx: "# ${h.text}": no h1 in lessons (the page prints the title)`);
    if (!h.id) problems.push(`${lesson.slug}.mdx: heading "${h.text}" has no anchor text`);
  }
  const seen = new Set<string>();
  for (const id of outline.anchors) {
    if (seen.has(id)) problems.push(`${lesson.slug}.mdx: anchor #${id} is used twice`);
    seen.add(id);
  }
  problems.push(...forwardReferences(lesson, course));
  for (const url of outline.links) {
    const p = linkProblem(url, lesson, course);
    if (p) problems.push(`${lesson.slug}.mdx: ${p}`);
  }
  return problems;
}
