/**
 * The teachers' results as JSON and as CSV. CSV cells are quoted when they hold a comma, quote or
 * line break, and a cell starting with = + - @ (or a tab / carriage return) gets a leading `'`, so
 * a nickname such as `=HYPERLINK(...)` is shown as text by spreadsheets, never run as a formula.
 */
import type { NicknameResult } from '../db/results';
import { failureLabel } from './failure';

/** One results line as JSON. */
export function resultJson(r: NicknameResult) {
  return {
    nickname: r.nickname,
    attempts: r.attempts,
    bestStars: r.bestStars,
    bestScore: r.bestScore,
    commonFailure: r.commonFailure,
    commonFailureLabel: r.commonFailure === null ? null : failureLabel(r.commonFailure),
    lastAt: r.lastAt.toISOString(),
  };
}

/** One CSV cell (see file note). */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text (CRLF line ends, as RFC 4180) from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The columns every results CSV ends with. */
export const RESULT_COLUMNS = ['nickname', 'attempts', 'best_stars', 'best_score', 'common_failure', 'common_failure_label'] as const;

/** The cells of RESULT_COLUMNS for one line. */
export function resultCells(r: NicknameResult): (string | number | null)[] {
  return [r.nickname ?? '(no nickname)', r.attempts, r.bestStars, r.bestScore, r.commonFailure, r.commonFailure === null ? null : failureLabel(r.commonFailure)];
}

/** A text/csv download response. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Whether the request asks for CSV (`?format=csv`). */
export function wantsCsv(request: Request): boolean {
  return new URL(request.url).searchParams.get('format') === 'csv';
}
