import { describe, expect, it } from 'vitest';
import { FAMILIES, FAMILY_IDS } from '@/engine';
import { defaultParams, paramFields, tickToValue, valueToTick } from './params';

describe('paramFields', () => {
  it('reads ranges and defaults from the family schema', () => {
    const kappa = paramFields('ravine').find((f) => f.key === 'kappa');
    expect(kappa).toEqual({ key: 'kappa', kind: 'number', min: 1, max: 10_000, default: 25 });
    expect(paramFields('regression')[0]).toMatchObject({ kind: 'choice', options: ['raw', 'standardized'] });
    expect(paramFields('cats-dogs')[0]).toMatchObject({ kind: 'switch', default: true });
    expect(paramFields('terrain').map((f) => f.kind)).toEqual(['text', 'domain']);
    expect(paramFields('sharp-flat').find((f) => f.key === 'sharpAt')).toMatchObject({ kind: 'point', min: -100, max: 100 });
  });

  it('gives defaults every family schema accepts', () => {
    for (const id of FAMILY_IDS) expect(FAMILIES[id].params.safeParse(defaultParams(id)).success, id).toBe(true);
  });
});

describe('slider ticks', () => {
  it('round-trips on log and linear ranges', () => {
    expect(tickToValue(0, 1, 10_000)).toBeCloseTo(1);
    expect(tickToValue(500, 1, 10_000)).toBeCloseTo(100);
    expect(valueToTick(100, 1, 10_000)).toBe(500);
    expect(tickToValue(250, -90, 90)).toBeCloseTo(-45);
    expect(valueToTick(1e9, -90, 90)).toBe(1000);
  });
});
