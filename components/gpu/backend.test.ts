import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { LandscapeSpecSchema, buildLandscape, evalSplit, penalty } from '@/engine';
import { BACKEND_ORDER, currentBackend, initBackend, parseBackendOrder } from './backend';
import { createGpuSource } from './source';

describe('backend order', () => {
  it('parses ?backend= overrides, keeping known names in order', () => {
    expect(parseBackendOrder('webgl')).toEqual(['webgl']);
    expect(parseBackendOrder('WebGL, wasm,webgl')).toEqual(['webgl', 'wasm']);
    expect(parseBackendOrder(['cpu', 'nonsense', 'wasm'])).toEqual(['cpu', 'wasm']);
    expect(parseBackendOrder('')).toEqual([...BACKEND_ORDER]);
    expect(parseBackendOrder(null)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(parseBackendOrder(['bogus'], ['webgl', 'wasm'])).toEqual(['webgl', 'wasm']);
  });
});

// In Node only cpu and wasm exist: webgpu and webgl are skipped as unavailable.
describe('initBackend in Node', () => {
  it('falls through unavailable backends, records the choice, and fails when none starts', async () => {
    expect(currentBackend()).toBeNull();
    expect(await initBackend(['webgpu', 'webgl', 'cpu'])).toBe('cpu');
    expect(currentBackend()).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    await expect(initBackend(['webgpu', 'webgl'])).rejects.toThrow(/No TF.js backend/);
    expect(currentBackend()).toBe('cpu');
    // A GPU source whose backends cannot start rejects (the player then uses plain JS).
    await expect(createGpuSource('webgl')).rejects.toThrow(/No TF.js backend/);
  });

  it('the wasm backend computes the same surfaces', async () => {
    expect(await initBackend(['wasm'])).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    const source = await createGpuSource('wasm');
    expect(source.name).toBe('wasm');
    try {
      for (const family of ['sharp-flat', 'rosenbrock', 'regression', 'cats-dogs', 'terrain'] as const) {
        const spec = LandscapeSpecSchema.parse({ family });
        const land = buildLandscape(spec);
        const res = 12;
        const g = await source.compute({ spec, land, split: 'train', rows: null, l1: 0.1, l2: 0.1, res });
        const { x, y } = land.domain;
        for (let j = 0; j < res; j++) for (let i = 0; i < res; i++) {
          const px = x[0] + ((x[1] - x[0]) * i) / (res - 1);
          const py = y[0] + ((y[1] - y[0]) * j) / (res - 1);
          const want = evalSplit(land, 'train', px, py).loss + penalty(px, py, 0.1, 0.1);
          expect(Math.abs(g.values[j * res + i] - want), `${family} (${px}, ${py})`).toBeLessThanOrEqual(1e-4 * Math.abs(want) + 1e-6 * Math.abs(g.max));
        }
      }
    } finally {
      source.dispose();
    }
    expect(await initBackend(['cpu'])).toBe('cpu');
  });
});
