/**
 * The network picker's edits (./network-params.ts) against the engine's own `network` schema:
 * what the picker writes is what the engine reads, and reads back the same.
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '@/engine';
import { networkFeatures } from '@/engine/landscape/families/network';
import { DATASETS } from '@/engine/data/catalogue';
import { newDraft, switchFamily, validateDraft, levelToDraft, paramsOf } from './draft';
import { pickDataset, pickFeature, pickField, readNetworkPick } from './network-params';

const parse = (p: Record<string, unknown>) => FAMILIES.network.params.parse(p);

describe('the network picker’s parameters', () => {
  it('reads defaults from empty parameters: penguins, its four features, 8 tanh units, a trained centre', () => {
    expect(readNetworkPick({})).toEqual({
      dataset: 'penguins', features: DATASETS.penguins.features, hidden: 8, activation: 'tanh', centre: 'trained', initSeed: 1, directionSeed: 1, extent: 1,
    });
  });

  it('round-trips every edit through the engine’s schema', () => {
    let p: Record<string, unknown> = {};
    p = pickDataset(p, 'cars');
    p = pickFeature(p, 'Cylinders', true);
    p = pickFeature(p, 'Horsepower', false);
    p = pickField(p, 'hidden', 5.6);
    p = pickField(p, 'activation', 'relu');
    p = pickField(p, 'centre', 'init');
    p = pickField(p, 'initSeed', 7);
    p = pickField(p, 'directionSeed', 42.2);
    p = pickField(p, 'extent', 2.5);
    const parsed = parse(p);
    expect(parsed).toMatchObject({ dataset: 'cars', hidden: 6, activation: 'relu', centre: 'init', initSeed: 7, directionSeed: 42, extent: 2.5 });
    // In the data set's column order, whatever the order of the clicks.
    expect(networkFeatures(parsed)).toEqual(['Cylinders', 'Weight_in_lbs']);
    expect(readNetworkPick(p)).toEqual({ ...parsed, features: ['Cylinders', 'Weight_in_lbs'] });
  });

  it('keeps at least one feature, and stores the data set’s default list as none', () => {
    let p = pickFeature({ dataset: 'cars' }, 'Horsepower', false);
    expect(p.features).toEqual(['Weight_in_lbs']);
    expect(pickFeature(p, 'Weight_in_lbs', false)).toBe(p);
    p = pickFeature(p, 'Horsepower', true);
    expect('features' in p).toBe(false);
    expect(parse(p)).toMatchObject({ dataset: 'cars' });
    expect(pickFeature(p, 'Not a column', true)).toBe(p);
  });

  it('a new data set drops the old one’s features (they are not its columns)', () => {
    const p = pickDataset(pickFeature({}, 'Body Mass (g)', false), 'cars');
    expect('features' in p).toBe(false);
    expect(FAMILIES.network.params.safeParse(p).success).toBe(true);
    expect(FAMILIES.network.params.safeParse({ dataset: 'cars', features: ['Body Mass (g)'] }).success).toBe(false);
  });

  it('a draft on the network family validates and comes back from its level unchanged', () => {
    const d = switchFamily(newDraft(), 'network');
    d.params.network = pickField(pickFeature(pickDataset({}, 'penguins'), 'Body Mass (g)', false), 'hidden', 4);
    const res = validateDraft(d);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    const back = levelToDraft(res.level);
    expect(back.family).toBe('network');
    expect(readNetworkPick(paramsOf(back))).toEqual(readNetworkPick(paramsOf(d)));
    expect(readNetworkPick(paramsOf(back)).features).toEqual(['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)']);
  });
});
