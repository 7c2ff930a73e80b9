import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { axesLayout } from './axes3d';
import { frame3d, WORLD } from './frame3d';

const grid: SurfaceGrid = {
  nx: 3, ny: 3, x: [-3, 3], y: [-1.5, 1.5], values: Float32Array.from([9, 4, 9, 5, 0, 5, 9, 4, 9]), min: 0, max: 9,
};

describe('axesLayout', () => {
  it('puts rounded ticks on w₁, w₂ and the loss, with titles', () => {
    const f = frame3d(grid, 'linear');
    const { labels, segments } = axesLayout(f, 0.55, ['w₁', 'w₂']);
    const titles = labels.filter((l) => l.kind === 'title').map((l) => l.text);
    expect(titles).toEqual(['w₁', 'w₂', 'loss']);
    const x = labels.filter((l) => l.key.startsWith('x') && l.kind === 'tick').map((l) => l.text);
    expect(x).toContain('0');
    expect(x.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(l.world.every(Number.isFinite)).toBe(true);
    expect(segments.length % 6).toBe(0);
    const lossTop = labels.find((l) => l.key === 'l-title')!;
    expect(lossTop.world[1]).toBeGreaterThan(WORLD.height);
  });

  it('faces the camera: the w₁ axis runs along the near edge', () => {
    const f = frame3d(grid, 'log');
    const front = axesLayout(f, 0.3, ['a', 'b']).labels.find((l) => l.key === 'x-title')!;
    const back = axesLayout(f, Math.PI, ['a', 'b']).labels.find((l) => l.key === 'x-title')!;
    expect(front.world[2]).toBeGreaterThan(0);
    expect(back.world[2]).toBeLessThan(0);
    expect(axesLayout(f, 0.3, ['a', 'b']).labels.some((l) => l.text === 'loss (log)')).toBe(true);
  });
});
