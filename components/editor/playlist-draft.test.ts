import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlaylistBodySchema } from '@/app/_server/services/playlist';
import { MAX_PLAYLIST_ITEMS, MAX_PLAYLIST_TITLE } from '@/content/contracts/api';
import {
  addEntry,
  entriesFromItems,
  entryKey,
  moveEntry,
  normalizeTitle,
  parseCustomLevelRef,
  parseStoredPlaylistDraft,
  playlistRequestBody,
  removeEntry,
  type PlaylistEntry,
} from './playlist-draft';
import { tEn } from './test-intl';

const b = (id: string): PlaylistEntry => ({ kind: 'builtin', id, title: id.toUpperCase() });
const c = (slug: string): PlaylistEntry => ({ kind: 'custom', slug, title: `Level ${slug}` });

describe('playlist draft: reorder, add, remove', () => {
  it('moves an entry up and down, and not past the ends', () => {
    const list = ['a', 'b', 'c'];
    expect(moveEntry(list, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(list, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(list, 0, -1)).toEqual(list);
    expect(moveEntry(list, 2, 1)).toEqual(list);
    expect(moveEntry(list, 5, -1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('a move is a permutation, and moving back restores the list (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.nat(25), fc.constantFrom(-1, 1), (list, i, d) => {
        const moved = moveEntry(list, i, d);
        expect([...moved].sort()).toEqual([...list].sort());
        const to = i + d;
        if (i < list.length && to >= 0 && to < list.length) expect(moveEntry(moved, to, -d)).toEqual(list);
        else expect(moved).toEqual(list);
      }),
    );
  });

  it('removes by index', () => {
    expect(removeEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeEntry(['a'], 3)).toEqual(['a']);
  });

  it('refuses duplicates and a full list', () => {
    const one = addEntry([], b('saddle-escape'), tEn);
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    const dup = addEntry(one.list, b('saddle-escape'), tEn);
    expect(dup).toMatchObject({ ok: false, error: expect.stringContaining('already') });
    const full = Array.from({ length: MAX_PLAYLIST_ITEMS }, (_, i) => b(`level-${i}`));
    expect(addEntry(full, c('abcdefghij'), tEn)).toMatchObject({ ok: false, error: expect.stringContaining(`${MAX_PLAYLIST_ITEMS}`) });
    expect(entryKey(b('x'))).not.toBe(entryKey(c('x')));
  });
});

describe('playlist draft: custom level references', () => {
  it('reads share links, paths, player ids and bare slugs', () => {
    expect(parseCustomLevelRef('k3x9q0b7mz')).toBe('k3x9q0b7mz');
    expect(parseCustomLevelRef('  https://descent.example/play/c/k3x9q0b7mz?list=p0q1r2s3t4#x ')).toBe('k3x9q0b7mz');
    expect(parseCustomLevelRef('/play/c/k3x9q0b7mz/')).toBe('k3x9q0b7mz');
    expect(parseCustomLevelRef('https://descent.example/zh/play/c/k3x9q0b7mz')).toBe('k3x9q0b7mz');
    expect(parseCustomLevelRef('c-k3x9q0b7mz')).toBe('k3x9q0b7mz');
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'K3X9Q0B7MZ', 'short', '/play/saddle-escape', '/create/edit/k3x9q0b7mz#token=x', 'https://x/play/c/k3x9q0b7mz/extra', 'javascript:alert(1)', '/p/k3x9q0b7mz']) {
      expect(parseCustomLevelRef(bad), bad).toBeNull();
    }
  });
});

describe('playlist draft → request body', () => {
  it('builds the body the server accepts', () => {
    const res = playlistRequestBody('  Week 3:\n  saddles ', [b('saddle-escape'), c('k3x9q0b7mz')], tEn);
    expect(res).toEqual({
      ok: true,
      body: { title: 'Week 3: saddles', items: [{ kind: 'builtin', id: 'saddle-escape' }, { kind: 'custom', slug: 'k3x9q0b7mz' }] },
    });
    if (res.ok) expect(PlaylistBodySchema.safeParse(res.body).success).toBe(true);
  });

  it('names every problem', () => {
    const res = playlistRequestBody('   ', [], tEn);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems).toEqual(['Give the playlist a title.', 'Add at least one level.']);
    expect(playlistRequestBody('x'.repeat(MAX_PLAYLIST_TITLE + 1), [b('a')], tEn).ok).toBe(false);
    expect(playlistRequestBody('x'.repeat(MAX_PLAYLIST_TITLE), [b('a')], tEn).ok).toBe(true);
    expect(playlistRequestBody('a\u200bb', [b('a')], tEn).ok).toBe(false);
    expect(playlistRequestBody('T', [c('BAD')], tEn).ok).toBe(false);
  });

  it('agrees with the server schema on any title and list (property)', () => {
    const entry = fc.oneof(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map(b),
      fc.stringMatching(/^[a-z0-9]{10}$/).map(c),
      fc.string({ maxLength: 12 }).map((s) => c(s)),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 140 }), fc.string({ unit: 'grapheme', maxLength: 130 })), fc.array(entry, { maxLength: 55 }), (title, entries) => {
        const mine = playlistRequestBody(title, entries, tEn);
        const server = PlaylistBodySchema.safeParse({ title, items: entries.map((e) => (e.kind === 'builtin' ? { kind: e.kind, id: e.id } : { kind: e.kind, slug: e.slug })) });
        expect(mine.ok).toBe(server.success);
        if (mine.ok && server.success) expect(mine.body.title).toBe(server.data.title);
      }),
      { numRuns: 300 },
    );
  });

  it('normalizes titles as the server stores them', () => {
    expect(normalizeTitle(' a \t b ')).toBe('a b');
  });
});

describe('playlist draft: stored and loaded forms', () => {
  it('reads the server’s items back, unavailable levels named', () => {
    expect(entriesFromItems([{ kind: 'builtin', id: 'saddle-escape', title: 'Off the saddle' }, { kind: 'custom', slug: 'k3x9q0b7mz', title: null }], tEn)).toEqual([
      { kind: 'builtin', id: 'saddle-escape', title: 'Off the saddle' },
      { kind: 'custom', slug: 'k3x9q0b7mz', title: 'Unavailable level (k3x9q0b7mz)' },
    ]);
  });

  it('keeps a level listed twice once', () => {
    const item = { kind: 'builtin' as const, id: 'saddle-escape', title: 'S' };
    expect(entriesFromItems([item, { kind: 'custom', slug: 'k3x9q0b7mz', title: 'K' }, item], tEn)).toHaveLength(2);
  });

  it('keeps only well-formed entries of a saved draft', () => {
    expect(parseStoredPlaylistDraft(null)).toBeNull();
    expect(parseStoredPlaylistDraft('{nope')).toBeNull();
    expect(parseStoredPlaylistDraft('[]')).toBeNull();
    const raw = JSON.stringify({ title: 'T', entries: [b('a'), { kind: 'custom', slug: 'BAD', title: 'x' }, { kind: 'evil' }, c('k3x9q0b7mz'), null] });
    expect(parseStoredPlaylistDraft(raw)).toEqual({ title: 'T', entries: [b('a'), c('k3x9q0b7mz')] });
  });
});
