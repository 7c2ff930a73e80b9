import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import 'katex/dist/katex.min.css';
import './globals.css';
import { ServerCopySync } from '@/components/course/ServerCopySync';

export const metadata: Metadata = {
  title: {
    default: 'Descent — why training a neural network is hard',
    template: '%s · Descent',
  },
  description:
    'A course of nine lessons and challenge levels: steer a ball down a loss landscape and measure why mini-batches, sharp minima, saddles and ravines make training hard.',
};

export const viewport: Viewport = {
  themeColor: '#ffffff',
};

const NAV = [
  { href: '/learn', label: 'Course', testId: 'nav.course' },
  { href: '/play', label: 'Levels', testId: 'nav.levels' },
  { href: '/glossary', label: 'Glossary', testId: 'nav.glossary' },
  { href: '/create', label: 'Create', testId: 'nav.create' },
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-indigo-700 focus:px-4 focus:py-2 focus:text-white"
          data-testid="layout.skip-link"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white/90 backdrop-blur">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
            <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900" data-testid="nav.home">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-amber-500 ring-4 ring-amber-100" />
              Descent
            </Link>
            <ul className="flex flex-wrap items-center gap-1 text-sm font-medium sm:gap-2">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded-md px-2 py-2 text-slate-700 sm:px-3 hover:bg-slate-100 hover:text-slate-900"
                    data-testid={item.testId}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600 sm:px-6">
            Descent — a course about why training a neural network is hard. Every number in a level is
            measured by the same deterministic engine.
          </div>
        </footer>
        <ServerCopySync />
      </body>
    </html>
  );
}
