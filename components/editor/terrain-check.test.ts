import { describe, expect, it } from 'vitest';
import { checkTerrain } from './terrain-check';
import { tokenFromHash } from '@/components/api/client';
import { parseStoredDraft } from './storage';
import { newDraft } from './draft';

describe('checkTerrain', () => {
  it('accepts a valid terrain', () => {
    expect(checkTerrain('x^2 - y^2 + y^4/4')).toBeNull();
  });

  it('underlines the offending token', () => {
    const p = checkTerrain('x^2 + foo(y)')!;
    expect(p.marked).toBe('foo');
    expect(p.before).toBe('x^2 + ');
    expect(p.after).toBe('(y)');
  });

  it('marks the end of an unfinished expression', () => {
    const p = checkTerrain('x +')!;
    expect(p.before + p.marked + p.after).toMatch(/^x \+ *$/);
    expect(p.marked.length).toBe(1);
    expect(p.pos).toBe(3);
  });

  it('reports limits (too long) instead of hanging', () => {
    expect(checkTerrain('x+'.repeat(400) + 'x')?.message).toMatch(/500|long/);
  });
});

describe('tokenFromHash', () => {
  it('reads only a well-formed token from the fragment', () => {
    expect(tokenFromHash('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromHash('#x=1&token=zz')).toBe('zz');
    expect(tokenFromHash('#token=<script>')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});

describe('parseStoredDraft', () => {
  it('restores a saved draft and ignores junk', () => {
    const d = newDraft();
    expect(parseStoredDraft(JSON.stringify(d))).toEqual(d);
    expect(parseStoredDraft('{"id":1}')).toBeNull();
    expect(parseStoredDraft('not json')).toBeNull();
    expect(parseStoredDraft(null)).toBeNull();
  });
});
