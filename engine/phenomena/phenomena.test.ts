import { describe, expect, it } from 'vitest';
import { PHENOMENA } from './table';

describe('phenomena: every syllabus phenomenon is measured by the engine', () => {
  it('ids are unique', () => {
    expect(new Set(PHENOMENA.map((p) => p.id)).size).toBe(PHENOMENA.length);
  });
  for (const p of PHENOMENA) {
    it(p.id, () => {
      const r = p.measure();
      expect(r.pass, `${r.name}: ${JSON.stringify(r.measured)} — expected ${r.expect}`).toBe(true);
    });
  }
});
