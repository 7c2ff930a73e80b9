import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Metadata lives here, not in page.mdx: `export const metadata` inside a page.mdx breaks the build.
export const metadata: Metadata = {
  title: 'About the math',
  description: 'The one formula behind every level: a loss that is a mean over examples.',
};

export default function AboutTheMathLayout({ children }: { children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6" data-testid="mdx.article">
      {children}
    </article>
  );
}
