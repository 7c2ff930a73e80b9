import { describe, expect, it } from 'vitest';
import { colormapBytes, colormapCss, colormapLinear, lutIndex, srgbToLinear, VIRIDIS } from './colormap';

const luminance = (t: number) => {
  const out = new Float32Array(3);
  colormapLinear(t, out);
  return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2];
};

describe('colormap', () => {
  it('hits viridis at both ends: dark purple low, yellow high', () => {
    const lo = new Uint8Array(3);
    const hi = new Uint8Array(3);
    colormapBytes(0, lo);
    colormapBytes(1, hi);
    expect([...lo]).toEqual([...VIRIDIS[0]]);
    expect([...hi]).toEqual([...VIRIDIS[VIRIDIS.length - 1]]);
    expect(lo[2]).toBeGreaterThan(lo[1]); // purple: blue over green
    expect(hi[0]).toBeGreaterThan(200);
    expect(hi[1]).toBeGreaterThan(200);
  });

  it('is monotonic in luminance (perceptual ordering)', () => {
    let prev = -1;
    for (let t = 0; t <= 1.0001; t += 0.01) {
      const l = luminance(t);
      expect(l).toBeGreaterThan(prev);
      prev = l;
    }
  });

  it('clamps out-of-range input and refuses NaN', () => {
    expect(lutIndex(-3)).toBe(0);
    expect(lutIndex(7)).toBe(255);
    const out = new Uint8Array([1, 2, 3]);
    expect(colormapBytes(Number.NaN, out)).toBe(false);
    expect([...out]).toEqual([1, 2, 3]);
    expect(colormapCss(Number.NaN)).toMatch(/^rgb/);
    expect(colormapCss(0)).toBe('rgb(68 1 84)');
  });

  it('converts sRGB to linear light with the standard curve', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 10);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
  });
});
