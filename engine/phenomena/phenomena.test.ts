import { describe, expect, it } from 'vitest';
import { PHENOMENA } from './table';

describe('phenomena: every syllabus phenomenon is measured by the engine', () => {
  for (const [i, row] of PHENOMENA.entries()) {
    it(`phenomenon #${i + 1}`, () => {
      const r = row();
      expect(r.pass, `${r.name}: ${JSON.stringify(r.measured)} — expected ${r.expect}`).toBe(true);
    });
  }
});
