/** The results' version groups as the teacher reads them (issue 14). */
import { describe, expect, it } from 'vitest';
import { LevelResultsSchema, type ResultVersion } from '@/content/contracts/api';
import { shortDate, versionCounts, versionGroups, versionHeading } from './result-versions';
import { teacherT, tEn } from './test-intl';

const v = (over: Partial<ResultVersion>): ResultVersion => ({
  version: 1,
  levelHash: 'h1',
  current: false,
  publishedAt: null,
  firstAt: '2026-12-01T09:10:00.000Z',
  lastAt: '2026-12-02T13:58:00.000Z',
  attempts: 3,
  players: 2,
  results: [{ nickname: 'Ann' }, { nickname: 'Ben' }],
  ...over,
});

describe('result versions', () => {
  it('labels the current version with its publish time and earlier ones with when they were played', () => {
    expect(shortDate('2026-12-02T14:05:00.000Z', 'UTC')).toBe('2 Dec 14:05');
    expect(versionHeading(v({ version: 3, current: true, publishedAt: '2026-12-02T14:05:00.000Z' }), tEn, 'UTC')).toBe('Version 3 — published 2 Dec 14:05 (current)');
    expect(versionHeading(v({ version: 2, current: true }), tEn, 'UTC')).toBe('Version 2 (current)');
    expect(versionHeading(v({}), tEn, 'UTC')).toBe('Version 1 — earlier version, played 1 Dec 09:10 – 2 Dec 13:58');
    expect(versionHeading(v({ lastAt: '2026-12-01T09:10:00.000Z' }), tEn, 'UTC')).toBe('Version 1 — earlier version, played 1 Dec 09:10');
    expect(versionCounts(v({}), tEn)).toBe('3 runs by 2 players');
    expect(versionCounts(v({ attempts: 1, players: 1 }), tEn)).toBe('1 run by 1 player');
    expect(versionCounts(v({ current: true, attempts: 0, players: 0, results: [] }), tEn)).toBe('No runs on this version yet.');
  });

  it('says the same in the Chinese edition, with Chinese dates', () => {
    const zh = teacherT('zh');
    expect(shortDate('2026-12-02T14:05:00.000Z', 'UTC', 'zh')).toBe('12月2日 14:05');
    expect(versionHeading(v({ version: 3, current: true, publishedAt: '2026-12-02T14:05:00.000Z' }), zh, 'UTC', 'zh')).toBe('第 3 版 — 12月2日 14:05 发布（当前版本）');
    expect(versionCounts(v({}), zh)).toBe('2 名玩家共运行 3 次');
  });

  it('keeps the server’s order (current first, then newest first) and says when nobody played', () => {
    const versions = [v({ version: 2, levelHash: 'h2', current: true, attempts: 0, players: 0, results: [] }), v({})];
    const groups = versionGroups([{ nickname: 'Ann' }], versions, tEn, 'UTC')!;
    expect(groups.map((g) => [g.key, g.current, g.rows.length])).toEqual([
      ['h2', true, 0],
      ['h1', false, 2],
    ]);
    expect(versionGroups([], [v({ current: true, attempts: 0, players: 0, results: [] })], tEn)).toBeNull();
    // A server without versions: one group of all the rows.
    expect(versionGroups([{ nickname: 'Ann' }], undefined, tEn)?.map((g) => g.rows.length)).toEqual([1]);
    expect(versionGroups([], undefined, tEn)).toBeNull();
  });

  it('reads the results answer with zod', () => {
    const ok = LevelResultsSchema.safeParse({ slug: 's', results: [], versions: [v({})] });
    expect(ok.success).toBe(true);
    expect(LevelResultsSchema.safeParse({ results: [], versions: [{ ...v({}), version: 0 }] }).success).toBe(false);
  });
});
