import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { levelDefaults } from '@/engine';
import { readRunFromUrl } from '@/components/player/url-state';
import { toSearchParams, withRunQuery } from './query';

describe('run URLs', () => {
  it('toSearchParams takes the first of repeated keys and skips undefined', () => {
    expect(toSearchParams({ lr: '0.05', B: ['4', '8'], x: undefined }).toString()).toBe('lr=0.05&B=4');
  });

  it('the replay link round-trips through the player’s URL reader', () => {
    const level = getLevel('sharp-or-flat')!;
    const { settings, seed } = readRunFromUrl(level, toSearchParams({ B: '4', seed: '2' }));
    const href = withRunQuery(`/play/${level.id}`, level, settings, seed);
    expect(href).toBe('/play/sharp-or-flat?B=4&seed=2');
    const back = readRunFromUrl(level, new URL(href, 'http://x').searchParams);
    expect(back.settings).toEqual(settings);
    expect(back.seed).toBe(2);
    expect(withRunQuery('/play/sharp-or-flat', level, levelDefaults(level), 1)).toBe('/play/sharp-or-flat');
  });
});
