/**
 * The results split by level version (issue 14), as the teacher reads them: one labelled group
 * per version the server reports (current first, then newest first), e.g.
 * "Version 3 — published 2 Dec 14:05 (current)" · "12 runs by 5 players", or
 * "Version 2 — earlier version, played 1 Dec 09:10 – 2 Dec 13:58". The words come from the
 * `teacher` messages (`t`), dates in the page's edition. Pure: tested in node.
 */
import type { ResultRow, ResultVersion } from '@/content/contracts/api';
import type { Locale } from '@/content/i18n/locales';
import type { Translate } from './i18n';

/** A group of results rows under a heading. */
export interface VersionGroup {
  readonly key: string;
  readonly heading: string;
  readonly counts: string;
  readonly current: boolean;
  readonly rows: readonly ResultRow[];
}

/** "2 Dec 14:05" ("12月2日 14:05" in Chinese) in the browser's time zone (or the one given: tests). */
export function shortDate(iso: string, timeZone?: string, locale: Locale = 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const zh = locale === 'zh';
  const parts = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', { day: 'numeric', month: zh ? 'numeric' : 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(d);
  const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return zh ? `${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}` : `${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

/** The heading of one version. */
export function versionHeading(v: ResultVersion, t: Translate, timeZone?: string, locale: Locale = 'en'): string {
  const date = (iso: string) => shortDate(iso, timeZone, locale);
  if (v.current) return v.publishedAt ? t('results.version.currentPublished', { version: String(v.version), date: date(v.publishedAt) }) : t('results.version.current', { version: String(v.version) });
  if (!v.firstAt || !v.lastAt) return t('results.version.earlier', { version: String(v.version) });
  if (v.firstAt === v.lastAt || date(v.firstAt) === date(v.lastAt)) return t('results.version.earlierOn', { version: String(v.version), date: date(v.firstAt) });
  return t('results.version.earlierSpan', { version: String(v.version), from: date(v.firstAt), to: date(v.lastAt) });
}

/** "12 runs by 5 players" (nickname-less runs count as one player), or that nobody played it yet. */
export function versionCounts(v: ResultVersion, t: Translate): string {
  if (v.attempts === 0) return v.current ? t('results.version.noRunsYet') : t('results.version.noRuns');
  return t('results.version.counts', { runs: v.attempts, players: v.players });
}

/**
 * The groups to draw: the server's versions, or — from a server without them — one group of all
 * the rows. Null when there is no run at all (the caller says nobody has played yet).
 */
export function versionGroups(results: readonly ResultRow[], versions: readonly ResultVersion[] | undefined, t: Translate, timeZone?: string, locale: Locale = 'en'): VersionGroup[] | null {
  if (!versions) return results.length ? [{ key: 'all', heading: t('results.version.all'), counts: '', current: true, rows: results }] : null;
  if (!versions.some((v) => v.attempts > 0)) return null;
  return versions.map((v) => ({ key: v.levelHash, heading: versionHeading(v, t, timeZone, locale), counts: versionCounts(v, t), current: v.current, rows: v.results }));
}
