import { describe, expect, it } from 'vitest';
import { keepsKey } from './useShortcuts';

describe('keepsKey: shortcuts work anywhere in the player except where a key has a job', () => {
  it('buttons and sliders pass letter shortcuts on; Space and Enter still press a button', () => {
    for (const key of ['l', 'r', 'v', '.']) {
      expect(keepsKey({ tagName: 'BUTTON' }, key)).toBe(false);
      expect(keepsKey({ tagName: 'INPUT', type: 'range' }, key)).toBe(false);
      expect(keepsKey({ tagName: 'DIV' }, key)).toBe(false);
      expect(keepsKey({ tagName: 'CANVAS' }, key)).toBe(false);
    }
    expect(keepsKey({ tagName: 'BUTTON' }, ' ')).toBe(true);
    expect(keepsKey({ tagName: 'BUTTON' }, 'enter')).toBe(true);
    expect(keepsKey({ tagName: 'INPUT', type: 'checkbox' }, ' ')).toBe(true);
    expect(keepsKey({ tagName: 'INPUT', type: 'checkbox' }, 'l')).toBe(false);
  });

  it('text fields and selects keep every key', () => {
    for (const key of ['l', ' ', '.']) {
      expect(keepsKey({ tagName: 'INPUT', type: 'text' }, key)).toBe(true);
      expect(keepsKey({ tagName: 'INPUT', type: 'number' }, key)).toBe(true);
      expect(keepsKey({ tagName: 'SELECT' }, key)).toBe(true);
      expect(keepsKey({ tagName: 'TEXTAREA' }, key)).toBe(true);
      expect(keepsKey({ tagName: 'DIV', isContentEditable: true }, key)).toBe(true);
    }
  });
});
