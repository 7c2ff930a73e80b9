/** The lesson asides of the MDX map: "Try this", a note, and a correction of a popular claim. */
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

function Aside({ label, tone, testId, children }: { label: string; tone: string; testId: string; children: ReactNode }) {
  return (
    <aside className={`my-6 rounded-xl border-l-4 px-5 py-3 ${tone} [&_p]:my-2`} data-testid={testId}>
      <p className="text-xs font-bold uppercase tracking-wide">{label}</p>
      {children}
    </aside>
  );
}

/** A concrete experiment: which settings to change, what to watch. */
export function Try({ children }: { children: ReactNode }) {
  const t = useTranslations('mdx');
  return (
    <Aside label={t('try')} tone="border-emerald-500 bg-emerald-50 text-emerald-950" testId="aside.try">
      {children}
    </Aside>
  );
}

export function Note({ children }: { children: ReactNode }) {
  const t = useTranslations('mdx');
  return (
    <Aside label={t('note')} tone="border-slate-400 bg-slate-50 text-slate-800" testId="aside.note">
      {children}
    </Aside>
  );
}

/** Where the popular account is wrong: what is often said, and what is true. */
export function Correction({ children }: { children: ReactNode }) {
  const t = useTranslations('mdx');
  return (
    <Aside label={t('correction')} tone="border-rose-500 bg-rose-50 text-rose-950" testId="aside.correction">
      {children}
    </Aside>
  );
}
