/** Nicknames on public boards (issue 11): NFKC, trimmed, ≤ 24, letters/digits/separators, a block list; operator removal. */
import { describe, expect, it } from 'vitest';
import { TEST_DRIVERS } from '../db/test-drivers';
import { getLeaderboard, removeLeaderboardEntry } from '../db/leaderboard';
import { storeRun } from '../db/runs';
import { MAX_NICKNAME, Nickname, blockedWord } from './nickname';

const parse = (s: string) => Nickname.safeParse(s);
const ok = (s: string) => {
  const r = parse(s);
  if (!r.success) throw new Error(`${JSON.stringify(s)}: ${r.error.issues[0].message}`);
  return r.data;
};
const refusal = (s: string) => {
  const r = parse(s);
  return r.success ? null : r.error.issues[0].message;
};

describe('nickname rules', () => {
  it('NFKC, trimmed, inner whitespace collapsed', () => {
    expect(ok('  Ada   L. ')).toBe('Ada L.');
    expect(ok('Ａｄａ')).toBe('Ada'); // full-width letters fold
    expect(ok('ﬁona')).toBe('fiona'); // ligature folds
    expect(ok('Zoe\u0308')).toBe('Zoë');
  });

  it('Unicode letters of any script, digits and - _ . \' allowed', () => {
    for (const name of ['李小龙', 'Ólafur', 'Иван', 'محمد', 'नमस्ते', "O'Brien", 'ada_l-2.0', '田中 太郎', '٣٤']) expect(ok(name)).toBe(name);
  });

  it(`at most ${MAX_NICKNAME} characters (code points, after normalizing)`, () => {
    expect(ok('a'.repeat(24))).toHaveLength(24);
    expect(refusal('a'.repeat(25))).toMatch(/at most 24/);
    expect(ok('龙'.repeat(24))).toHaveLength(24);
    expect(refusal('龙'.repeat(25))).toMatch(/at most 24/);
  });

  it('refuses empty, symbols, emoji, invisible and control characters, lone surrogates', () => {
    expect(refusal('   ')).toMatch(/empty/);
    for (const bad of ['<script>', 'a@b', 'flood-0 🚀', 'a\u200Bb', 'ab\u202Ecd', 'x$', '#1']) expect(refusal(bad), bad).toMatch(/only letters, digits/);
    expect(refusal('a\u0000b')).toMatch(/control/);
    expect(ok('a\tb\nc')).toBe('a b c'); // whitespace collapses to one line
    expect(refusal('a\uD800')).toMatch(/well-formed/);
  });

  it('a short block list of whole words, case-insensitive, also when spaced out with separators', () => {
    expect(blockedWord('Hitler')).toBe('hitler');
    expect(refusal('buy VIAGRA now')).toMatch(/not allowed/);
    expect(refusal('n.a.z.i')).toMatch(/not allowed/);
    expect(refusal('www example com')).toMatch(/not allowed/);
    expect(ok('Scunthorpe')).toBe('Scunthorpe'); // substrings are not words
    expect(ok('Sexton')).toBe('Sexton');
  });
});

describe.each(TEST_DRIVERS)('operator removal of a leaderboard entry on $name', (driver) => {
  it('removes one nickname from one board, or from all; runs stay', async () => {
    const { db, cleanup } = await driver.open();
    try {
      const run = (id: string, levelId: string, nickname: string) =>
        storeRun(db, {
          id, levelId, levelSource: 'builtin', levelJson: null, levelHash: 'h', settings: {} as never, seeds: [{ seed: 1, outcome: 'reached-goal', goalStep: 5, score: 900 }] as never,
          score: 900, stars: 3, outcome: 'reached-goal', successRate: 1, nickname, publicName: true, ipHash: null,
        });
      await run('r1', 'saddle-escape', 'Spam');
      await run('r2', 'saddle-escape', 'Ada');
      await run('r3', 'ravine-momentum', 'Spam');
      expect(await removeLeaderboardEntry(db, 'Spam', 'saddle-escape')).toBe(1);
      expect((await getLeaderboard(db, 'saddle-escape', 1, 10)).entries.map((e) => e.nickname)).toEqual(['Ada']);
      expect((await getLeaderboard(db, 'ravine-momentum', 1, 10)).total).toBe(1);
      expect(await removeLeaderboardEntry(db, 'Spam', null)).toBe(1);
      expect((await getLeaderboard(db, 'ravine-momentum', 1, 10)).total).toBe(0);
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM runs');
      expect(n).toBe(3);
    } finally {
      await cleanup();
    }
  });
});
