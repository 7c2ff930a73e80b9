/**
 * Columns of the results table: the server's known fields get readable headings and a fixed
 * order (nickname, attempts, best stars, best score, most common failure, last played);
 * unknown fields follow as they come, raw codes are hidden when a label for them exists.
 * Headings and the nickname-less row's name come from the `teacher` messages (`t`).
 */
import type { ResultRow } from '@/content/contracts/api';
import type { Translate } from './i18n';

/** Known fields and their heading's key (under `results.col`). */
const KNOWN: readonly string[] = ['nickname', 'attempts', 'bestStars', 'bestScore', 'commonFailureLabel', 'lastAt'];

/** [key, heading] pairs for the rows. */
export function resultColumns(rows: readonly ResultRow[], t: Translate): [string, string][] {
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  if (keys.has('commonFailureLabel')) keys.delete('commonFailure');
  const known = KNOWN.filter((k) => keys.has(k)).map((k): [string, string] => [k, t(`results.col.${k}`)]);
  const rest = [...keys].filter((k) => !KNOWN.includes(k)).map((k): [string, string] => [k, k]);
  return [...known, ...rest];
}

/** A cell's text: numbers rounded, missing as a dash, nickname-less rows named. */
export function resultCell(key: string, v: unknown, t: Translate): string {
  if (key === 'nickname' && (v === null || v === undefined || v === '')) return t('results.noNickname');
  if (v === null || v === undefined) return '—';
  if (key === 'bestStars' && typeof v === 'number') return `${'★'.repeat(v)}${'☆'.repeat(Math.max(0, 3 - v))}`;
  if (key === 'lastAt' && typeof v === 'string') return v.replace('T', ' ').slice(0, 16);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
