import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Development pages: never indexed.
export const metadata: Metadata = {
  title: 'Development',
  robots: { index: false, follow: false },
};

export default function DevLayout({ children }: { children: ReactNode }) {
  return children;
}
