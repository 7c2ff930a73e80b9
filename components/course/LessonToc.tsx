/**
 * A lesson's table of contents (h2 and h3): sticky beside the text on wide screens, a folded
 * "On this page" list under the lesson header on narrow ones.
 */
import { useTranslations } from 'next-intl';
import type { LessonHeading } from '@/content/lessons/outline';

function TocList({ headings }: { headings: readonly LessonHeading[] }) {
  return (
    <ol className="mt-2 space-y-1 text-sm">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
          <a href={`#${h.id}`} className="text-slate-600 hover:text-indigo-700 hover:underline">
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

const shown = (headings: readonly LessonHeading[]) => headings.filter((h) => h.depth === 2 || h.depth === 3);

/** The wide-screen sidebar. */
export function LessonToc({ headings }: { headings: readonly LessonHeading[] }) {
  const t = useTranslations('lesson');
  const list = shown(headings);
  if (list.length === 0) return null;
  return (
    <nav aria-label={t('toc')} className="hidden lg:block" data-testid="lesson.toc">
      <div className="rounded-xl border border-slate-200 p-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
        <p className="text-sm font-semibold text-slate-900">{t('toc')}</p>
        <TocList headings={list} />
      </div>
    </nav>
  );
}

/** The narrow-screen variant, folded. */
export function LessonTocFolded({ headings }: { headings: readonly LessonHeading[] }) {
  const t = useTranslations('lesson');
  const list = shown(headings);
  if (list.length === 0) return null;
  return (
    <details className="mt-4 rounded-xl border border-slate-200 px-4 py-2 lg:hidden" data-testid="lesson.toc-folded">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t('toc')}</summary>
      <nav aria-label={t('tocFolded')}>
        <TocList headings={list} />
      </nav>
    </details>
  );
}
