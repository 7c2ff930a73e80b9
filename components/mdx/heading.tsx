import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import { useTranslations } from 'next-intl';
import { anchorId } from '@/content/anchor';
import { Anchor } from './Term';

export { anchorId };

/** Plain text of a React tree (for slugs). */
export function textOf(node: ReactNode): string {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

type Level = 2 | 3 | 4;

const LEVEL_CLASSES: Record<Level, string> = {
  2: 'mt-12 mb-4 text-2xl font-semibold tracking-tight text-slate-900',
  3: 'mt-8 mb-3 text-xl font-semibold text-slate-900',
  4: 'mt-6 mb-2 text-lg font-semibold text-slate-800',
};

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { level: Level };

/**
 * The id a heading's trailing `<Anchor id>` names, and its other children. A translated lesson
 * ends each heading with one (`## 鞍点 <Anchor id="saddles" />`) so both editions share anchors.
 */
function splitAnchor(children: ReactNode): { named: string | undefined; rest: ReactNode[] } {
  let named: string | undefined;
  const rest: ReactNode[] = [];
  Children.forEach(children, (c) => {
    if (isValidElement<{ id?: string }>(c) && c.type === Anchor && typeof c.props.id === 'string') named = c.props.id;
    else rest.push(c);
  });
  return { named, rest };
}

/**
 * An h2–h4 with an id and a hover "#" link to itself: an explicit id, else a trailing
 * `<Anchor id>` inside it, else the slug of its text.
 */
export function AnchoredHeading({ level, id, children, className, ...rest }: HeadingProps) {
  const t = useTranslations('mdx');
  const Tag = `h${level}` as const;
  const { named, rest: shown } = splitAnchor(children);
  const anchor = id ?? named ?? anchorId(textOf(children));
  return (
    <Tag id={anchor} className={`group scroll-mt-24 ${LEVEL_CLASSES[level]} ${className ?? ''}`} {...rest}>
      {shown}
      {anchor && (
        <a
          href={`#${anchor}`}
          className="ml-2 text-slate-400 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100"
          aria-label={t('sectionLink', { title: textOf(children) })}
        >
          #
        </a>
      )}
    </Tag>
  );
}
