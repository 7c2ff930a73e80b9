import { describe, expect, it } from 'vitest';
import { NETWORK_PHENOMENA, eigen2 } from './network-phenomena';

describe('phenomena on real networks', () => {
  it('eigen2 gives a symmetric 2×2 matrix’s eigenvalues, largest first', () => {
    expect(eigen2([2, 0, 1])).toEqual([2, 1]);
    const [a, b] = eigen2([0.258, -0.24, 0.657]);
    expect(a + b).toBeCloseTo(0.915, 12);
    expect(a * b).toBeCloseTo(0.258 * 0.657 - 0.24 * 0.24, 12);
  });

  it.each(NETWORK_PHENOMENA.map((p) => [p.id, p] as const))('%s holds', async (_id, p) => {
    const row = await p.measure();
    expect(row.pass, `${row.name}: ${JSON.stringify(row.measured)} — expected ${row.expect}`).toBe(true);
  }, 60_000);
});
