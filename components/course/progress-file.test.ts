import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportProgress, importProgress } from './progress-file';
import { markVisited, readBests, readVisited, recordResult } from '@/components/course/progress';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, v); }
  clear() { this.m.clear(); }
}
const storage = new MemoryStorage();
Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });

describe('progress export and import', () => {
  beforeEach(() => storage.clear());

  it('round-trips through a file into an empty browser', () => {
    recordResult('saddle-escape', { score: 900, stars: 3, query: 'opt=adam' });
    markVisited('saddle-points');
    const file = exportProgress();
    storage.clear();
    expect(readBests()).toEqual({});
    expect(importProgress(file)).toEqual({ ok: true, levels: 1, lessons: 1 });
    expect(readBests()['saddle-escape'].score).toBe(900);
    expect(Object.keys(readVisited())).toEqual(['saddle-points']);
  });

  it('merges: the better result of each level wins', () => {
    recordResult('a', { score: 500, stars: 1, query: '' });
    recordResult('b', { score: 950, stars: 3, query: '' });
    const file = JSON.parse(exportProgress());
    file.bests.a.score = 800;
    file.bests.b.score = 100;
    storage.clear();
    recordResult('a', { score: 500, stars: 1, query: '' });
    recordResult('b', { score: 950, stars: 3, query: '' });
    expect(importProgress(JSON.stringify(file)).ok).toBe(true);
    expect(readBests().a.score).toBe(800);
    expect(readBests().b.score).toBe(950);
  });

  it('refuses bad files and changes nothing', () => {
    recordResult('keep', { score: 700, stars: 2, query: '' });
    const before = JSON.stringify(readBests());
    for (const text of ['not json', '{}', JSON.stringify({ format: 'descent-progress', version: 1, exportedAt: 'x', bests: { a: { score: 5000, stars: 9, query: '', at: '' } }, visited: {} }), 'x'.repeat(300_000)]) {
      const res = importProgress(text);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.length).toBeGreaterThan(10);
    }
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (json) => { importProgress(json); }));
    expect(JSON.stringify(readBests())).toBe(before);
  });
});
