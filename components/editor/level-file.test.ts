import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getLevel } from '@/content/levels';
import { draftToDoc, fingerprint, validateDraft } from './draft';
import { exportLevel, importLevelText } from './level-file';

describe('level files', () => {
  it('export → import gives back the same level', () => {
    const level = getLevel('sharp-or-flat')!;
    const { filename, text } = exportLevel(level);
    expect(filename).toBe('sharp-or-flat.json');
    const back = importLevelText(text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const res = validateDraft(back.draft);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    // The same level in meaning (the draft writes family defaults out explicitly).
    expect(fingerprint(res.level)).toBe(fingerprint(level));
    const words = (l: typeof level) => [l.title, l.goalText, l.hints, l.solutionText, l.stars, l.solution];
    expect(words(res.level)).toEqual(words(level));
  });

  it('migrates an old (v0) file', () => {
    const doc = draftToDoc(importOk(exportLevel(getLevel('saddle-escape')!).text));
    const { version: _v, stars, seeds, budget, ...rest } = doc as Record<string, unknown> & { stars: number[] };
    const v0 = { ...rest, stars: { one: stars[0], two: stars[1], three: stars[2] }, seedCount: seeds, maxSteps: budget };
    const res = importLevelText(JSON.stringify(v0));
    expect(res.ok).toBe(true);
  });

  it('refuses oversize, deeply nested and malformed files with a clear error, never throwing', () => {
    const huge = importLevelText(`{"title":"${'x'.repeat(70_000)}"}`);
    expect(huge).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/over/) }] });
    const deep = importLevelText('['.repeat(5000) + ']'.repeat(5000));
    expect(deep.ok).toBe(false);
    expect(importLevelText('{"version": 1, "landscape": {"family": "terrain", "params": {"expr": "x +"}}}').ok).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const res = importLevelText(text);
        if (!res.ok) expect(res.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('hostile terrain expressions in a file come back as errors', () => {
    const base = JSON.parse(exportLevel(getLevel('saddle-escape')!).text);
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (expr) => {
        const doc = { ...base, landscape: { family: 'terrain', params: { expr } } };
        const res = importLevelText(JSON.stringify(doc));
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

function importOk(text: string) {
  const r = importLevelText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
}
