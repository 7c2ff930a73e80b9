/**
 * Reads a lesson's MDX source into its outline: headings (with the anchor ids the page will
 * give them), the challenges it embeds, glossary terms, extra anchors and links. The lesson
 * page builds its table of contents from it; the content check validates it. Parsing uses the
 * same remark + MDX + GFM + math grammar as the build, so a syntax error here is one there.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { Heading, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { anchorId } from '../anchor';

export interface LessonHeading {
  readonly depth: number;
  readonly text: string;
  /** The id AnchoredHeading renders: the slug of the heading text. */
  readonly id: string;
}

/** A JSX element used in the lesson: its name, its string attributes, its source line. */
export interface LessonElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
  /** Names of the JSX elements it sits in, outermost first (e.g. ['Note'] inside an aside). */
  readonly inside: readonly string[];
}

export interface LessonOutline {
  readonly headings: readonly LessonHeading[];
  /** Level ids of `<Challenge id>` elements, in order. */
  readonly challenges: readonly string[];
  readonly elements: readonly LessonElement[];
  /** Link targets (Markdown links), in order. */
  readonly links: readonly string[];
  /** Every id a link can target: heading ids and `<Anchor id>`s. */
  readonly anchors: readonly string[];
  /** `import`/`export` statements (lessons must have none). */
  readonly esm: number;
  /** Words of prose (text nodes: no math, code or attribute values), the length limit's measure. */
  readonly proseWords: number;
  /** Words of prose before the first `<Challenge>` (all of them when there is none): play comes first. */
  readonly wordsBeforeFirstChallenge: number;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function stringAttributes(node: JsxNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

/** Parses MDX source; throws (with line and column) on a syntax error. */
export function parseLesson(source: string): LessonOutline {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(source) as Root;
  } catch (e) {
    const m = e as { line?: number; column?: number; reason?: string; message?: string };
    throw new Error(`${m.line ?? "?"}:${m.column ?? "?"}: ${m.reason ?? m.message ?? String(e)}`, { cause: e });
  }
  const headings: LessonHeading[] = [];
  const elements: LessonElement[] = [];
  const links: string[] = [];
  let esm = 0;
  let words = 0;
  let beforeChallenge: number | null = null;
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'text') words += countWords((node as { value: string }).value);
    if (beforeChallenge === null && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxNode).name === 'Challenge') beforeChallenge = words;
    if (node.type === 'heading') {
      const h = node as Heading;
      const text = toString(h);
      headings.push({ depth: h.depth, text, id: headingAnchor(h) ?? anchorId(text) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as JsxNode;
      const inside = ancestors
        .filter((a) => a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement' || a.type === 'heading')
        .map((a) => (a.type === 'heading' ? 'heading' : ((a as JsxNode).name ?? '')));
      elements.push({ name: el.name ?? '', attributes: stringAttributes(el), line: el.position?.start.line ?? 0, inside });
    } else if (node.type === 'link') {
      links.push((node as Link).url);
    } else if (node.type === 'mdxjsEsm') {
      esm++;
    }
  });
  const challenges = elements.filter((e) => e.name === 'Challenge').map((e) => e.attributes.id ?? '');
  // Anchors that name a heading are already its id.
  const extra = elements.filter((e) => e.name === 'Anchor' && !e.inside.includes('heading')).map((e) => e.attributes.id ?? '');
  return { headings, challenges, elements, links, anchors: [...headings.map((h) => h.id), ...extra], esm, proseWords: words, wordsBeforeFirstChallenge: beforeChallenge ?? words };
}

/**
 * Words in a run of text: maximal runs of letters or digits (so “B = 64” is two). Chinese has
 * no spaces: two Han characters count as one word (about how they translate), so the same
 * limits hold for both editions.
 */
function countWords(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return latin + Math.ceil(han / 2);
}

/** The id of a heading's trailing `<Anchor id>` (translated lessons), if it has one. */
function headingAnchor(h: Heading): string | undefined {
  for (const c of h.children) {
    const el = c as unknown as JsxNode;
    if (el.type === 'mdxJsxTextElement' && el.name === 'Anchor') return stringAttributes(el).id;
  }
  return undefined;
}
