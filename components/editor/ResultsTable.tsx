'use client';
/**
 * The class's results for a published level (edit token required): one row per nickname as
 * the server reports it (attempts, best stars, best score, most common failure...), with a CSV
 * download of the same table from the server.
 */
import { useCallback, useEffect, useState } from 'react';
import { fetchResults, fetchResultsCsv } from '@/components/api/client';
import type { ResultRow } from '@/content/contracts/api';
import { downloadText } from './download';
import { Section } from './fields';
import { resultCell, resultColumns } from './results-columns';

export function ResultsTable({ slug, token, onRefused }: { slug: string; token: string; onRefused: (status: number, error: string) => void }) {
  const [rows, setRows] = useState<ResultRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await fetchResults(slug, token);
    if (res.ok) {
      setRows(res.value);
      setError(null);
    } else {
      setError(res.error);
      if (res.status === 401 || res.status === 403) onRefused(res.status, res.error);
    }
  }, [slug, token, onRefused]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Section title="Results" testId="editor.results">
      <ResultsToolbar
        testId="editor.results"
        onRefresh={load}
        onCsv={async () => {
          const res = await fetchResultsCsv(slug, token);
          if (res.ok) downloadText(`${slug}-results.csv`, res.value, 'text/csv');
          else setError(res.error);
        }}
        error={error}
      />
      {rows && rows.length === 0 ? <p className="text-sm text-slate-600" data-testid="editor.results.empty">Nobody has played this level yet.</p> : null}
      {rows && rows.length > 0 ? <ResultRows rows={rows} testId="editor.results" /> : null}
    </Section>
  );
}

/** The per-nickname rows as a table (`<testId>.table`, one `<testId>.row` per line). */
export function ResultRows({ rows, testId, caption }: { rows: readonly ResultRow[]; testId: string; caption?: string }) {
  const columns = resultColumns(rows);
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
                  {resultCell(k, r[k])}
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
  const button = 'rounded px-3 py-1.5 ring-1 ring-slate-300';
  return (
    <>
      <div className="flex gap-2 text-sm">
        <button type="button" className={button} onClick={() => void props.onRefresh()} data-testid={`${props.testId}.refresh`}>
          Refresh
        </button>
        <button type="button" className={button} onClick={() => void props.onCsv()} data-testid={`${props.testId}.csv`}>
          Download CSV
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
