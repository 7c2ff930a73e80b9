import { describe, expect, it } from 'vitest';
import { itemHref, playlistPlace } from './playlist-nav';

describe('playlist bar: place, previous and next', () => {
  const items = [
    { title: 'One', playUrl: '/play/one', progressId: 'one' },
    { title: null, playUrl: null, progressId: 'c-gonegonego' },
    { title: 'Three', playUrl: '/play/c/k3x9q0b7mz', progressId: 'c-k3x9q0b7mz' },
  ];

  it('finds the level and skips unavailable neighbours', () => {
    expect(playlistPlace(items, 'one', 'p0q1r2s3t4')).toEqual({
      index: 0,
      total: 3,
      prev: null,
      next: { href: '/play/c/k3x9q0b7mz?list=p0q1r2s3t4', title: 'Three', position: 3 },
    });
    expect(playlistPlace(items, 'c-k3x9q0b7mz', 'p0q1r2s3t4')).toMatchObject({ index: 2, prev: { href: '/play/one?list=p0q1r2s3t4', position: 1 }, next: null });
  });

  it('is null for a level the playlist does not list', () => {
    expect(playlistPlace(items, 'other', 'p0q1r2s3t4')).toBeNull();
  });

  it('links keep the playlist, unavailable levels have no link', () => {
    expect(itemHref(items[0], 'p0q1r2s3t4')).toBe('/play/one?list=p0q1r2s3t4');
    expect(itemHref(items[1], 'p0q1r2s3t4')).toBeNull();
  });

  it('uses the first occurrence of a level listed twice', () => {
    expect(playlistPlace([...items, items[0]], 'one', 'p0q1r2s3t4')).toMatchObject({ index: 0, total: 4 });
  });
});
