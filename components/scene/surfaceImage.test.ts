import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { VIRIDIS } from './colormap';
import { heightMap } from './heights';
import { surfaceRGBA } from './surfaceImage';

describe('surfaceRGBA', () => {
  it('colours low → dark, high → yellow, NaN → transparent, with y upward', () => {
    // Row j = 0 (bottom): [min, NaN]; row j = 1 (top): [max, max].
    const g: SurfaceGrid = { nx: 2, ny: 2, x: [0, 1], y: [0, 1], values: Float32Array.from([0, Number.NaN, 1, 1]), min: 0, max: 1 };
    const px = surfaceRGBA(g, heightMap(0, 1, 'linear'));
    const at = (row: number, col: number) => [...px.slice((row * 2 + col) * 4, (row * 2 + col) * 4 + 4)];
    expect(at(1, 0)).toEqual([...VIRIDIS[0], 255]); // bottom-left: the minimum
    expect(at(1, 1)).toEqual([0, 0, 0, 0]); // bottom-right: NaN
    expect(at(0, 0)).toEqual([...VIRIDIS[VIRIDIS.length - 1], 255]); // top row: the maximum
  });

  it('reuses a buffer of the right size', () => {
    const g: SurfaceGrid = { nx: 2, ny: 1, x: [0, 1], y: [0, 1], values: Float32Array.from([0, 1]), min: 0, max: 1 };
    const buf = new Uint8ClampedArray(8);
    expect(surfaceRGBA(g, heightMap(0, 1, 'linear'), buf)).toBe(buf);
  });
});
