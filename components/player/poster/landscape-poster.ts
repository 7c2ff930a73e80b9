/**
 * A level's landscape as a small image, rendered on the server (at build time for the built-in
 * levels): the training loss under the level's default settings on a coarse grid from the
 * float64 engine, in the 2-D map's colours. The player's placeholder shows it, so the landscape
 * is on screen at first paint, before any JavaScript has loaded. Server only. A real network's
 * level must be readied first (content/datasets/ready.ts; LevelPlayer does): its POSTER_RES²
 * grid is the costliest, ≈ 170 ms for penguins' 274 rows (measured in the test).
 */
import { landscapeFor, levelDefaults, type Level } from '@/engine';
import { jsSurface } from '@/components/gpu/js-surface';
import { gridHeightMap } from '@/components/scene/heights';
import { surfaceRGBA } from '@/components/scene/surfaceImage';
import { encodePng } from './png';

/** Grid points a side: a poster is a blurred first glance, ~5–8 KB as a data URL. */
export const POSTER_RES = 40;

const cache = new WeakMap<Level, string>();

/** A data: URL of the level's poster (PNG, POSTER_RES², row 0 = largest w₂). */
export function landscapePoster(level: Level): string {
  let url = cache.get(level);
  if (url === undefined) {
    const settings = levelDefaults(level);
    const grid = jsSurface(landscapeFor(level, settings), { split: 'train', l1: settings.l1, l2: settings.l2, res: POSTER_RES });
    const png = encodePng(surfaceRGBA(grid, gridHeightMap(grid, 'linear')), grid.nx, grid.ny);
    url = `data:image/png;base64,${png.toString('base64')}`;
    cache.set(level, url);
  }
  return url;
}
