/**
 * The class at a glance: one row per student (numbered, or by nickname when the teacher shows
 * names), one column per level of the playlist, each cell the best stars so far and the number
 * of attempts ("–" before any).
 */
import { useTranslations } from 'next-intl';
import type { LiveState } from './live-state';
import { classRows, studentLabel } from './live-state';

function Stars({ n }: { n: number }) {
  return (
    <span aria-hidden="true" className="tracking-tight">
      <span className="text-amber-500">{'★'.repeat(n)}</span>
      <span className="text-slate-300">{'★'.repeat(3 - n)}</span>
    </span>
  );
}

/** The students × levels table (see file note). */
export function ClassTable({ state, showNames }: { state: LiveState; showNames: boolean }) {
  const t = useTranslations('teacher');
  const rows = classRows(state);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="live.class.empty">
        {t('live.noRuns')}
      </p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="live.class">
        <caption className="sr-only">{t('live.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t('live.studentHeading')}
            </th>
            {state.levels.map((l) => (
              <th key={l.levelId} scope="col" className="px-2 py-1 font-medium" title={l.title ?? undefined}>
                {l.position}. {l.title ?? t('live.missingLevel')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100" data-testid="live.class.row">
              <th scope="row" className="py-1 pr-3 text-left font-medium text-slate-900" data-testid="live.class.name">
                {studentLabel(state, row.key, showNames, t)}
              </th>
              {row.cells.map((cell, i) => (
                <td key={state.levels[i].levelId} className="px-2 py-1" data-testid="live.class.cell" data-stars={cell?.bestStars ?? ''}>
                  {cell ? (
                    <>
                      <Stars n={cell.bestStars} />
                      <span className="sr-only">{t('live.ofThree', { n: String(cell.bestStars) })}</span>
                      <span className="ml-1 text-xs text-slate-500">{t('live.runs', { n: cell.attempts })}</span>
                    </>
                  ) : (
                    <span className="text-slate-400">–</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
