import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { defineLevel } from '@/engine';
import { getLevel } from '@/content/levels';
import { readyLevel } from '@/content/datasets/ready';
import { landscapePoster, POSTER_RES } from './landscape-poster';
import { encodePng } from './png';

describe('encodePng', () => {
  it('writes a valid PNG whose pixels read back', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 0]);
    const png = encodePng(rgba, 2, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2); // IHDR width
    const idatLen = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    expect([...raw]).toEqual([0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 255, 10, 20, 30, 0]);
    expect(() => encodePng(rgba, 3, 2)).toThrow(RangeError);
  });
});

describe('landscapePoster', () => {
  it('is a small PNG data URL of the level’s coarse landscape, the same on every call', () => {
    const level = getLevel('ravine-momentum')!;
    const url = landscapePoster(level);
    expect(url).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(url.split(',')[1], 'base64');
    expect(png.readUInt32BE(16)).toBe(POSTER_RES);
    expect(url.length).toBeLessThan(16_000);
    expect(landscapePoster(level)).toBe(url);
  });
});

describe('landscapePoster of a real network', () => {
  it('renders a penguins network level (readied first) well within the server’s budget', async () => {
    const level = defineLevel({
      landscape: { family: 'network', params: { dataset: 'penguins' } },
      start: [0.6, -0.5],
      goal: { kind: 'region', center: [0, 0], radius: 0.1 },
      budget: 200,
      defaults: { batchSize: 32, standardize: true },
    });
    await readyLevel(level);
    const t0 = performance.now();
    const url = landscapePoster(level);
    const ms = performance.now() - t0;
    expect(Buffer.from(url.split(',')[1], 'base64').readUInt32BE(16)).toBe(POSTER_RES);
    // POSTER_RES² points × 274 rows: ≈ 170 ms measured here; the bound only catches a change of scale.
    expect(ms).toBeLessThan(3000);
  }, 30_000);
});
