/**
 * A run's explanation as server-rendered HTML: the headline, the findings in order with the
 * numbers they quote, and links to the lesson sections that teach them. No client JS.
 */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import type { Explanation } from '@/engine/explain';
import { LESSON_FOR_KIND } from '@/engine/explain';
import { KIND_LABELS } from '@/content/finding-labels';
import { formatNumber, NUMBER_LABELS } from './labels';

/** Props of ExplanationView. */
export interface ExplanationViewProps {
  readonly explanation: Explanation;
}

const BADGE: Record<string, string> = {
  divergence: 'bg-rose-100 text-rose-900',
  'saddle-stall': 'bg-amber-100 text-amber-900',
  plateau: 'bg-amber-100 text-amber-900',
  'local-minimum': 'bg-amber-100 text-amber-900',
  'sharp-basin': 'bg-amber-100 text-amber-900',
  success: 'bg-emerald-100 text-emerald-900',
  'flat-basin': 'bg-emerald-100 text-emerald-900',
};

/** The headline, the findings with their numbers, and the lesson links. */
export function ExplanationView({ explanation }: ExplanationViewProps) {
  const { headline, findings, lessonLinks } = explanation;
  return (
    <section aria-labelledby="explain-heading" data-testid="explain.view">
      <h2 id="explain-heading" className="text-xl font-semibold text-slate-900">
        What happened
      </h2>
      <p className="mt-2 text-lg leading-8 text-slate-800" data-testid="explain.headline">
        {headline}
      </p>
      <ol className="mt-6 space-y-4" data-testid="explain.findings">
        {findings.map((f, k) => {
          const lesson = LESSON_FOR_KIND[f.kind];
          const entries = Object.entries(f.numbers);
          return (
            <li key={`${f.kind}-${k}`} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid={`explain.finding.${f.kind}`}>
              <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${BADGE[f.kind] ?? 'bg-indigo-100 text-indigo-900'}`}>{KIND_LABELS[f.kind]}</span>
              </h3>
              <p className="mt-2 leading-7 text-slate-700">{f.text}</p>
              {entries.length ? (
                <dl className="mt-3 flex flex-wrap gap-x-2 gap-y-2 text-sm" aria-label={`Measured numbers: ${KIND_LABELS[f.kind]}`}>
                  {entries.map(([key, value]) => (
                    <div key={key} className="flex gap-1 rounded-md bg-slate-100 px-2 py-1">
                      <dt className="text-slate-600">{NUMBER_LABELS[key] ?? key}</dt>
                      <dd className="font-mono font-medium text-slate-900">{formatNumber(key, value)}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {lesson ? (
                <p className="mt-3 text-sm">
                  <Link href={`/learn/${lesson.slug}${lesson.anchor}`} prefetch={false} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                    Learn: {lesson.section}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {lessonLinks.length ? (
        <nav aria-labelledby="explain-lessons" className="mt-8">
          <h2 id="explain-lessons" className="text-xl font-semibold text-slate-900">
            In the course
          </h2>
          <ul className="mt-3 space-y-2" data-testid="explain.lessons">
            {lessonLinks.map((l) => (
              <li key={l.slug + l.anchor}>
                <Link href={`/learn/${l.slug}${l.anchor}`} prefetch={false} className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                  {l.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
