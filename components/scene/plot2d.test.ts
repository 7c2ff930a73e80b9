import { describe, expect, it } from 'vitest';
import { fromPx, layoutPlot, MARGIN, pxX, pxY } from './plot2d';

describe('layoutPlot', () => {
  it('keeps equal scale, centres the plot and respects the margins', () => {
    const p = layoutPlot(600, 400, [-2, 2], [-1, 1]);
    const availW = 600 - MARGIN.left - MARGIN.right;
    const availH = 400 - MARGIN.top - MARGIN.bottom;
    expect(p.k).toBeCloseTo(Math.min(availW / 4, availH / 2), 12);
    expect(p.width / p.height).toBeCloseTo(2, 12);
    expect(p.left).toBeGreaterThanOrEqual(MARGIN.left);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN.top);
    expect(p.left + p.width).toBeLessThanOrEqual(600 - MARGIN.right + 1e-9);
    expect(p.top + p.height).toBeLessThanOrEqual(400 - MARGIN.bottom + 1e-9);
  });

  it('maps corners with y upward and round-trips clicks', () => {
    const p = layoutPlot(500, 500, [0, 10], [-5, 5]);
    expect(pxX(p, 0)).toBeCloseTo(p.left, 12);
    expect(pxY(p, -5)).toBeCloseTo(p.top + p.height, 12);
    expect(pxY(p, 5)).toBeCloseTo(p.top, 12);
    const back = fromPx(p, pxX(p, 3.3), pxY(p, -1.2));
    expect(back![0]).toBeCloseTo(3.3, 9);
    expect(back![1]).toBeCloseTo(-1.2, 9);
    expect(fromPx(p, 0, 0)).toBeNull();
  });

  it('survives a degenerate canvas or domain', () => {
    const p = layoutPlot(0, 0, [1, 1], [2, 2]);
    expect(Number.isFinite(p.k)).toBe(true);
    expect(p.width).toBeGreaterThan(0);
  });
});
