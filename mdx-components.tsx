/**
 * The ONE component map for every lesson (required at the root by @next/mdx).
 * Lesson files import nothing: everything they may use is named here.
 * content/lessons/check.ts lists the same names (LESSON_COMPONENTS) and fails the content
 * check on any other element.
 */
import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { AnchoredHeading } from '@/components/mdx/heading';
import { Challenge } from '@/components/mdx/Challenge';
import { Correction, Note, Try } from '@/components/mdx/Asides';
import { Anchor, Term } from '@/components/mdx/Term';
import { Measured, Value } from '@/components/mdx/Measured';
import { Check } from '@/components/mdx/Check';
import { FIGURES } from '@/components/figures';

function MdxLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  const className = 'font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700';
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} className={className} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={className} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

const components = {
  h1: (props) => <h1 className="mb-6 text-4xl font-bold tracking-tight text-slate-900" {...props} />,
  h2: (props) => <AnchoredHeading level={2} {...props} />,
  h3: (props) => <AnchoredHeading level={3} {...props} />,
  h4: (props) => <AnchoredHeading level={4} {...props} />,
  p: (props) => <p className="my-4 leading-7 text-slate-800" {...props} />,
  a: MdxLink,
  ul: (props) => <ul className="my-4 list-disc space-y-1 pl-6 text-slate-800" {...props} />,
  ol: (props) => <ol className="my-4 list-decimal space-y-1 pl-6 text-slate-800" {...props} />,
  li: (props) => <li className="leading-7" {...props} />,
  blockquote: (props) => (
    <blockquote className="my-6 border-l-4 border-indigo-300 bg-indigo-50/60 px-4 py-2 text-slate-700" {...props} />
  ),
  code: (props) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.9em] text-slate-900" {...props} />,
  pre: (props) => (
    <pre
      className="my-6 overflow-x-auto rounded-lg bg-slate-900 p-4 text-sm leading-6 text-slate-100 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit"
      {...props}
    />
  ),
  hr: (props) => <hr className="my-10 border-slate-200" {...props} />,
  table: (props) => (
    <div className="my-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" {...props} />
    </div>
  ),
  th: (props) => <th className="border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900" {...props} />,
  td: (props) => <td className="border-b border-slate-200 px-3 py-2 text-slate-800" {...props} />,
  strong: (props) => <strong className="font-semibold text-slate-900" {...props} />,
  // Lesson components (LESSON_COMPONENTS in content/lessons/check.ts):
  Challenge,
  Try,
  Note,
  Correction,
  Term,
  Anchor,
  Measured,
  Value,
  Check,
  // Lesson figures: every name ends in "Figure" (components/figures/index.ts).
  ...FIGURES,
} satisfies MDXComponents;

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
