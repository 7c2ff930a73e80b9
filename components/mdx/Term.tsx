/** `<Term id="…">words</Term>`: a link to a glossary entry, with its definition as a tooltip. */
import type { ReactNode } from 'react';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { useLocale } from 'next-intl';
import { GLOSSARY_BY_ID } from '@/content/glossary';
import { GLOSSARY_ZH } from '@/content/i18n/zh-glossary';

export function Term({ id, children }: { id: string; children: ReactNode }) {
  const locale = useLocale();
  const entry = GLOSSARY_BY_ID.get(id);
  if (!entry) {
    if (process.env.NODE_ENV === 'production') throw new Error(`Lesson links unknown glossary id "${id}" (see content/glossary.ts)`);
    return <span className="bg-red-100 text-red-800" role="alert">{children} [unknown glossary id {id}]</span>;
  }
  return (
    <Link href={`/glossary#${id}`} title={locale === 'zh' ? (GLOSSARY_ZH[id]?.definition ?? entry.definition) : entry.definition} className="text-inherit underline decoration-slate-400 decoration-dotted underline-offset-4 hover:decoration-indigo-600" data-testid="term">
      {children}
    </Link>
  );
}

/** `<Anchor id="…" />`: an extra link target inside a lesson. */
export function Anchor({ id }: { id: string }) {
  return <span id={id} className="block scroll-mt-24" aria-hidden="true" />;
}
