import { describe, expect, it } from 'vitest';
import { deskKeyFromHash, deskKeyFromInput, parseEditLink } from './links';
import { tEn } from '@/components/editor/test-intl';

const KEY = 'abcdefghij' + 'A'.repeat(30) + '_-';

describe('desk links', () => {
  it('reads the desk key from a fragment or a pasted link', () => {
    expect(deskKeyFromHash(`#key=${KEY}`)).toBe(KEY);
    expect(deskKeyFromHash(`#x=1&key=${KEY}`)).toBe(KEY);
    expect(deskKeyFromHash('#key=short')).toBeNull();
    expect(deskKeyFromHash('')).toBeNull();
    expect(deskKeyFromInput(`  https://example.org/desk#key=${KEY} `)).toBe(KEY);
    expect(deskKeyFromInput(KEY)).toBe(KEY);
    expect(deskKeyFromInput('https://example.org/desk')).toBeNull();
  });

  it('reads a pasted edit link of a level or a playlist', () => {
    expect(parseEditLink('https://x.org/create/edit/abcdefghij#token=tok_en-1', tEn)).toEqual({ ok: true, body: { kind: 'level', slug: 'abcdefghij', token: 'tok_en-1' } });
    expect(parseEditLink('/create/playlist/abcdefghij#token=t', tEn)).toEqual({ ok: true, body: { kind: 'playlist', slug: 'abcdefghij', token: 't' } });
    // A link copied in the Chinese edition.
    expect(parseEditLink('https://x.org/zh/create/edit/abcdefghij#token=t', tEn)).toEqual({ ok: true, body: { kind: 'level', slug: 'abcdefghij', token: 't' } });
  });

  it('says why other text is not an edit link', () => {
    for (const bad of ['', 'hello world', 'https://x.org/play/c/abcdefghij', 'https://x.org/create/edit/abcdefghij', 'https://x.org/create/edit/ABC#token=t', `https://x.org/create/edit/abcdefghij#token=${KEY}`]) {
      const parsed = parseEditLink(bad, tEn);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(5);
    }
  });
});
