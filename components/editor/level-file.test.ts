import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getLevel } from '@/content/levels';
import { DEFAULT_SETTINGS, LEVEL_VERSION } from '@/engine';
import { draftToDoc, fingerprint, newDraft, validateDraft } from './draft';
import { exportLevel, importLevelText } from './level-file';
import { parseStoredDraft } from './storage';
import { tEn } from './test-intl';

describe('level files', () => {
  it('export → import gives back the same level', () => {
    const level = getLevel('sharp-or-flat')!;
    const { filename, text } = exportLevel(level);
    expect(filename).toBe('sharp-or-flat.json');
    const back = importLevelText(text, tEn);
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
    const res = importLevelText(JSON.stringify(v0), tEn);
    expect(res.ok).toBe(true);
  });

  it('exports format 2 and imports a v1 file whose RMSprop read β₂ (as ρ)', () => {
    expect(LEVEL_VERSION).toBe(2);
    expect(JSON.parse(exportLevel(getLevel('long-slope')!).text).version).toBe(2);
    const v1 = {
      ...draftToDoc(newDraft()),
      version: 1,
      defaults: { optimizer: 'rmsprop', lr: 0.01, batchSize: 32, beta2: 0.95 },
      controls: { optimizer: { options: ['sgd', 'rmsprop'] }, beta2: { min: 0.9, max: 0.99 } },
      solution: { optimizer: 'rmsprop', beta2: 0.9 },
    };
    const res = importOk(JSON.stringify(v1));
    expect(res.defaults).toMatchObject({ optimizer: 'rmsprop', rho: 0.95 });
    expect(res.controls).toEqual({ optimizer: { options: ['sgd', 'rmsprop'] }, rho: { min: 0.9, max: 0.99 } });
    expect(res.solution).toEqual({ optimizer: 'rmsprop', rho: 0.9 });
    expect(draftToDoc(res).version).toBe(2);
  });

  it('upgrades a draft saved before ρ existed, and leaves a current one alone', () => {
    const { rho: _rho, ...oldDefaults } = { ...DEFAULT_SETTINGS, optimizer: 'rmsprop' as const, beta2: 0.9 };
    const old = { ...newDraft(), defaults: oldDefaults, controls: { optimizer: { options: ['rmsprop', 'adam'] }, beta2: { min: 0.8, max: 0.99 } } };
    const back = parseStoredDraft(JSON.stringify(old))!;
    expect(back.defaults).toMatchObject({ optimizer: 'rmsprop', beta2: 0.9, rho: 0.9 });
    expect(back.controls).toMatchObject({ beta2: { min: 0.8, max: 0.99 }, rho: { min: 0.8, max: 0.99 } });
    expect(validateDraft(back).ok).toBe(true);
    const current = newDraft();
    expect(parseStoredDraft(JSON.stringify(current))).toEqual(current);
  });

  it('refuses oversize, deeply nested and malformed files with a clear error, never throwing', () => {
    const huge = importLevelText(`{"title":"${'x'.repeat(70_000)}"}`, tEn);
    expect(huge).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/over/) }] });
    const deep = importLevelText('['.repeat(5000) + ']'.repeat(5000), tEn);
    expect(deep.ok).toBe(false);
    expect(importLevelText('{"version": 1, "landscape": {"family": "terrain", "params": {"expr": "x +"}}}', tEn).ok).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const res = importLevelText(text, tEn);
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
        const res = importLevelText(JSON.stringify(doc), tEn);
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

function importOk(text: string) {
  const r = importLevelText(text, tEn);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.draft;
}
