import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { getLevel } from '@/content/levels';
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
