'use client';
/**
 * The class's results for a published level (edit token required): one row per nickname as
 * the server reports it (attempts, best stars, best score, most common failure...), split by
 * level version (newest first: an edit of the level starts a new version, result-versions.ts),
 * with a CSV download of the same table from the server.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { fetchResults, fetchResultsCsv } from '@/components/api/client';
import type { LevelResultsDoc, ResultRow, ResultVersion } from '@/content/contracts/api';
import { downloadText } from './download';
import { Section } from './fields';
import { resultCell, resultColumns } from './results-columns';
import { versionGroups } from './result-versions';
import { apiErrorText } from './i18n';
import { editionOf,  } from '@/content/i18n/locales';
import { failureLabelIn } from '@/components/i18n/engine-words';

export function ResultsTable({ slug, token, onRefused }: { slug: string; token: string; onRefused: (status: number, error: string) => void }) {
  const t = useTranslations('teacher');
  const [doc, setDoc] = useState<LevelResultsDoc | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetchResults(slug, token);
    if (res.ok) {
      setDoc(res.value);
      setError(null);
    } else {
      setError(apiErrorText(t, res));
      if (res.status === 401 || res.status === 403) onRefused(res.status, res.error);
    }
  }, [slug, token, onRefused, t]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Section title={t('results.title')} testId="editor.results">
      <ResultsToolbar
        testId="editor.results"
        onRefresh={load}
        onCsv={async () => {
          const res = await fetchResultsCsv(slug, token);
          if (res.ok) downloadText(`${slug}-results.csv`, res.value, 'text/csv');
          else setError(apiErrorText(t, res));
        }}
        error={error}
      />
      {doc ? <VersionedResults results={doc.results} versions={doc.versions} testId="editor.results" empty={t('results.empty')} /> : null}
    </Section>
  );
}

/**
 * The results of one level split by version: a labelled table per version (`<testId>.version`,
 * `data-current`), or `<testId>.empty` when nobody played it.
 */
export function VersionedResults(props: { results: readonly ResultRow[]; versions: readonly ResultVersion[] | undefined; testId: string; empty: string; name?: string }) {
  const { testId } = props;
  const t = useTranslations('teacher');
  const locale = useLocale();
  const groups = versionGroups(props.results, props.versions, t, undefined, editionOf(locale));
  if (!groups)
    return (
      <p className="text-sm text-slate-600" data-testid={`${testId}.empty`}>
        {props.empty}
      </p>
    );
  return (
    <div className="flex flex-col gap-3">
      {groups.map((g) => (
        <div key={g.key} className="flex flex-col gap-1" data-testid={`${testId}.version`} data-current={g.current ? 'true' : 'false'}>
          <p className="text-xs text-slate-700">
            <span className={`font-medium ${g.current ? 'text-emerald-800' : 'text-slate-600'}`} data-testid={`${testId}.version.heading`}>
              {g.heading}
            </span>
            {g.counts ? <span className="text-slate-500"> · {g.counts}</span> : null}
          </p>
          {g.rows.length ? <ResultRows rows={g.rows} testId={testId} caption={`${props.name ? `${props.name}: ` : ''}${g.heading}`} /> : null}
        </div>
      ))}
    </div>
  );
}

/** The per-nickname rows as a table (`<testId>.table`, one `<testId>.row` per line). */
export function ResultRows({ rows, testId, caption }: { rows: readonly ResultRow[]; testId: string; caption?: string }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  /** The most common failure in the page's language (the server names it in English). */
  const failure = (r: ResultRow) => (typeof r.commonFailure === 'string' ? failureLabelIn(r.commonFailure, tw) : null);
  const columns = resultColumns(rows, t);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={`${testId}.table`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="text-xs text-slate-500">
          <tr>
            {columns.map(([k, heading]) => (
              <th key={k} scope="col" className="px-2 py-1">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-100" data-testid={`${testId}.row`}>
              {columns.map(([k]) => (
                <td key={k} className="px-2 py-1">
                  {(k === 'commonFailureLabel' && r[k] ? failure(r) : null) ?? resultCell(k, r[k], t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Refresh and CSV download buttons, and the last error, above a results table. */
export function ResultsToolbar(props: { testId: string; onRefresh: () => Promise<void>; onCsv: () => Promise<void>; error: string | null }) {
  const t = useTranslations('teacher');
  const button = 'rounded px-3 py-1.5 ring-1 ring-slate-300';
  return (
    <>
      <div className="flex gap-2 text-sm">
        <button type="button" className={button} onClick={() => void props.onRefresh()} data-testid={`${props.testId}.refresh`}>
          {t('results.refresh')}
        </button>
        <button type="button" className={button} onClick={() => void props.onCsv()} data-testid={`${props.testId}.csv`}>
          {t('results.csv')}
        </button>
      </div>
      {props.error ? (
        <p className="text-xs text-red-700" role="alert">
          {props.error}
        </p>
      ) : null}
    </>
  );
}
