import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Metadata lives here, not in page.mdx: `export const metadata` inside a page.mdx breaks the build.
export const metadata: Metadata = {
  title: 'Notation',
  description: 'The symbols the course, the player and the run explanations use, each with one meaning.',
};

export default function NotationLayout({ children }: { children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6" data-testid="mdx.article">
      {children}
    </article>
  );
}
