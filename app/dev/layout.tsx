import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import '../globals.css';

// Development pages: never indexed.
export const metadata: Metadata = {
  title: 'Development',
  robots: { index: false, follow: false },
};

/** The development pages have their own document (the root layout passes through). */
export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
