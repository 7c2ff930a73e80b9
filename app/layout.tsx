import type { ReactNode } from 'react';

/**
 * The root layout passes through: each edition's layout (app/[locale]/layout.tsx) renders the
 * document with its own `<html lang>`, and the development pages (app/dev) render their own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
