import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';

describe('LruCache', () => {
  it('keeps the most recently used entries', () => {
    const c = new LruCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.size]).toEqual([1, 3, 2]);
  });

  it('deletes an entry only while it still holds the given value', () => {
    const c = new LruCache<number>(2);
    c.set('a', 1);
    c.deleteIf('a', 2);
    expect(c.get('a')).toBe(1);
    c.deleteIf('a', 1);
    expect(c.get('a')).toBeUndefined();
  });
});
