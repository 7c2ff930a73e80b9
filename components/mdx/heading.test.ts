import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { slugify, textOf } from './heading';

describe('heading anchors', () => {
  it('slugifies heading text into stable, URL-safe ids', () => {
    expect(slugify('Why this matters for the game')).toBe('why-this-matters-for-the-game');
    expect(slugify('  RMSprop & Adam!  ')).toBe('rmsprop-adam');
    expect(slugify('Café – β₁ and β₂')).toBe('cafe-1-and-2');
    expect(slugify('')).toBe('');
  });

  it('reads the text of nested React children', () => {
    const node = ['Ravines ', createElement('em', null, 'and'), ' momentum', null, false, 5];
    expect(textOf(node)).toBe('Ravines and momentum5');
  });
});
