import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS } from './index';
import { levelDefaults, loadLevelJson, scoreLevel } from '@/engine';

const dir = join(process.cwd(), 'content/levels');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('built-in levels', () => {
  it('every JSON file is registered, and ids match file names', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const res = loadLevelJson(readFileSync(join(dir, f), 'utf8'));
      expect(res.ok, `${f}: ${res.ok ? '' : JSON.stringify(res.errors)}`).toBe(true);
      if (res.ok) {
        expect(res.level.id).toBe(f.replace(/\.json$/, ''));
        expect(LEVELS.has(res.level.id), `${f} is not listed in content/levels/index.ts`).toBe(true);
      }
    }
    expect(LEVELS.size).toBe(files.length);
  });

  it('every level asks for a prediction before its first launch', () => {
    const missing = [...LEVELS.values()].filter((l) => !l.prediction).map((l) => l.id);
    expect(missing, 'levels without a "prediction"').toEqual([]);
  });

  it('cover at least six landscape families', () => {
    const families = new Set([...LEVELS.values()].map((l) => l.landscape.family));
    expect(families.size).toBeGreaterThanOrEqual(6);
  });

  for (const level of LEVELS.values()) {
    it(`${level.id}: the published solution earns three stars, the defaults do not`, () => {
      expect(level.solution, 'every built-in level publishes a solution').toBeDefined();
      const solved = scoreLevel(level, { ...levelDefaults(level), ...level.solution });
      expect(solved.stars, `solution scored ${solved.score}`).toBe(3);
      const naive = scoreLevel(level, levelDefaults(level));
      expect(naive.stars, `defaults scored ${naive.score}`).toBeLessThan(3);
    });
  }
});
