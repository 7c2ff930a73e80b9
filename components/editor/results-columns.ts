/**
 * Columns of the results table: the server's known fields get readable headings and a fixed
 * order (nickname, attempts, best stars, best score, most common failure, last played);
 * unknown fields follow as they come, raw codes are hidden when a label for them exists.
 */
import type { ResultRow } from '@/content/contracts/api';

const KNOWN: readonly [string, string][] = [
  ['nickname', 'Nickname'],
  ['attempts', 'Attempts'],
  ['bestStars', 'Best stars'],
  ['bestScore', 'Best score'],
  ['commonFailureLabel', 'Most common failure'],
  ['lastAt', 'Last played'],
];

/** [key, heading] pairs for the rows. */
export function resultColumns(rows: readonly ResultRow[]): [string, string][] {
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  if (keys.has('commonFailureLabel')) keys.delete('commonFailure');
  const known = KNOWN.filter(([k]) => keys.has(k));
  const rest = [...keys].filter((k) => !KNOWN.some(([kk]) => kk === k)).map((k): [string, string] => [k, k]);
  return [...known, ...rest];
}

/** A cell's text: numbers rounded, missing as a dash, nickname-less rows named. */
export function resultCell(key: string, v: unknown): string {
  if (key === 'nickname' && (v === null || v === undefined || v === '')) return '(no nickname)';
  if (v === null || v === undefined) return '—';
  if (key === 'bestStars' && typeof v === 'number') return `${'★'.repeat(v)}${'☆'.repeat(Math.max(0, 3 - v))}`;
  if (key === 'lastAt' && typeof v === 'string') return v.replace('T', ' ').slice(0, 16);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
