/**
 * `<Measured id="…">prose with <Value of="id.key" /></Measured>`: a folded box of numbers the
 * engine measured for a phenomenon (engine/phenomena/table.ts, or a real network's:
 * content/datasets/measured-row.ts). Server components: each value
 * is computed when the lesson page is rendered at build time, never copied by hand, and the
 * same row is asserted by the phenomena test. An unknown id or key fails the build (the content
 * check names it earlier).
 */
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { PHENOMENA_ZH } from '@/content/i18n/zh-phenomena';
import { measuredRow } from '@/content/datasets/measured-row';

/** A measured number as prose shows it: 3 significant digits, powers of ten written out. */
export function formatMeasured(v: number | string | null): string {
  if (v === null) return 'never';
  if (typeof v === 'string') return v.replace(/-/g, ' ');
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return v.toLocaleString('en-US').replace(/,/g, '\u2009');
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) {
    const [m, e] = v.toExponential(2).split('e');
    return `${Number(m)} × 10${superscript(Number(e))}`;
  }
  return String(Number(v.toPrecision(3)));
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const superscript = (n: number) => String(n).split('').map((c) => SUP[c] ?? c).join('');

const OUTCOMES = new Set(['reached-goal', 'budget-exhausted', 'diverged', 'stalled']);

/** A measured value in the page's language: a run's outcome is a word of the player's catalogue. */
async function measuredText(v: number | string | null): Promise<string> {
  if ((await getLocale()) === 'zh' && typeof v === 'string' && OUTCOMES.has(v)) return (await getTranslations('player'))(`outcome.${v}`);
  if ((await getLocale()) === 'zh' && v === null) return '从未';
  return formatMeasured(v);
}

/** One measured number, `of="phenomenon-id.key"`, in the lesson's prose. */
export async function Value({ of }: { of: string }) {
  const dot = of.indexOf('.');
  const id = of.slice(0, dot);
  const key = of.slice(dot + 1);
  const row = await measuredRow(id);
  if (dot < 0 || !(key in row.measured)) throw new Error(`<Value of="${of}">: phenomenon "${id}" has no measured "${key}" (has ${Object.keys(row.measured).join(', ')})`);
  return (
    <span className="font-mono text-[0.95em] tabular-nums text-slate-900" data-testid="measured.value" data-of={of}>
      {await measuredText(row.measured[key])}
    </span>
  );
}

/** The folded "Measured" box: what the engine measured, and the condition the test holds it to. */
export async function Measured({ id, children }: { id: string; children?: ReactNode }) {
  const row = await measuredRow(id);
  const t = await getTranslations('mdx');
  const name = (await getLocale()) === 'zh' ? (PHENOMENA_ZH[id] ?? row.name) : row.name;
  return (
    <details className="my-6 rounded-xl border border-sky-200 bg-sky-50/70 px-5 py-3 text-slate-800 [&_p]:my-2" data-testid="measured" data-phenomenon={id}>
      <summary className="cursor-pointer font-semibold text-sky-950">
        {t('measured', { name })}
      </summary>
      {children}
      <p className="text-xs text-slate-600">
        {t.rich('measuredNote', { expect: row.expect, code: (c) => <code className="font-mono">{c}</code> })}
      </p>
    </details>
  );
}
