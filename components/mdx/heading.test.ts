import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { anchorId, textOf } from './heading';

describe('heading anchors', () => {
  it('slugifies heading text into stable, URL-safe ids', () => {
    expect(anchorId('Why this matters for the game')).toBe('why-this-matters-for-the-game');
    expect(anchorId('  RMSprop & Adam!  ')).toBe('rmsprop-adam');
    expect(anchorId('Café – β₁ and β₂')).toBe('cafe-1-and-2');
    expect(anchorId('')).toBe('');
  });

  it('reads the text of nested React children', () => {
    const node = ['Ravines ', createElement('em', null, 'and'), ' momentum', null, false, 5];
    expect(textOf(node)).toBe('Ravines and momentum5');
  });
});
