// The explanation rules over every built-in level (the engine's own tests use fixture levels).
import { describe, expect, it } from 'vitest';
import { PRIORITY } from '@/engine/explain/explain';
import { explained } from '@/engine/explain/test-helpers';
import { LEVELS } from '.';

describe('explainRun on the built-in levels', () => {
  it('every built-in level, defaults and solution: findings in priority order, finite numbers, JSON-clean, deterministic', () => {
    for (const level of LEVELS.values()) {
      for (const over of [{}, level.solution]) {
        const { explanation: e } = explained(level, over);
        expect(e.headline.length).toBeGreaterThan(10);
        expect(e.headline).not.toMatch(/NaN|undefined|Infinity|null/);
        const ranks = e.findings.map((f) => (f.kind === 'success' && e.outcome === 'reached-goal' ? -1 : PRIORITY.indexOf(f.kind)));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const f of e.findings) {
          expect(f.text).not.toMatch(/NaN|undefined|Infinity/);
          for (const v of Object.values(f.numbers)) expect(Number.isFinite(v)).toBe(true);
        }
        expect(JSON.parse(JSON.stringify(e))).toEqual(e);
        if (e.outcome !== 'reached-goal') expect(e.findings.length).toBeGreaterThan(0);
        expect(explained(level, over).explanation).toEqual(e);
      }
    }
  });
});
