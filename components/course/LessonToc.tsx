/** A lesson's table of contents (h2 and h3), sticky beside the text on wide screens. */
import type { LessonHeading } from '@/content/lessons/outline';

export function LessonToc({ headings }: { headings: readonly LessonHeading[] }) {
  const shown = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (shown.length === 0) return null;
  return (
    <nav aria-label="On this page" className="order-first mb-8 lg:order-none lg:mb-0" data-testid="lesson.toc">
      <div className="rounded-xl border border-slate-200 p-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
        <p className="text-sm font-semibold text-slate-900">On this page</p>
        <ol className="mt-2 space-y-1 text-sm">
          {shown.map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
              <a href={`#${h.id}`} className="text-slate-600 hover:text-indigo-700 hover:underline">
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
