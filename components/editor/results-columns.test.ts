import { describe, expect, it } from 'vitest';
import { resultCell, resultColumns } from './results-columns';
import { tEn } from './test-intl';
import { ResultsSchema } from '@/content/contracts/api';

describe('results table', () => {
  const body = {
    slug: 'abc',
    title: 'T',
    published: true,
    results: [{ nickname: null, attempts: 3, bestStars: 2, bestScore: 812, commonFailure: 'diverged', commonFailureLabel: 'Diverged', lastAt: '2026-11-27T10:00:00.000Z', extra: 1 }],
  };

  it('reads the server answer and orders the known columns first', () => {
    const rows = ResultsSchema.parse(body);
    expect(resultColumns(rows, tEn).map(([k]) => k)).toEqual(['nickname', 'attempts', 'bestStars', 'bestScore', 'commonFailureLabel', 'lastAt', 'extra']);
  });

  it('formats cells', () => {
    expect(resultCell('nickname', null, tEn)).toBe('(no nickname)');
    expect(resultCell('bestStars', 2, tEn)).toBe('★★☆');
    expect(resultCell('bestScore', 812.456, tEn)).toBe('812.46');
    expect(resultCell('lastAt', '2026-11-27T10:00:00.000Z', tEn)).toBe('2026-11-27 10:00');
    expect(resultCell('x', undefined, tEn)).toBe('—');
  });

  it('rejects an answer that is not a table', () => {
    expect(ResultsSchema.safeParse({ results: 'nope' }).success).toBe(false);
  });
});
