/**
 * Playlists: the body of POST/PUT /api/playlists, the check that every item exists, and the
 * JSON players get (each item with its title and where to play it).
 */
import { z } from '@/engine/zod';
import { getLevel } from '@/content/levels';
import type { Queryable } from '../db/types';
import { publishedTitles } from '../db/custom-levels';
import { MAX_PLAYLIST_ITEMS, MAX_PLAYLIST_TITLE, PlaylistItemSchema, type PlaylistItem, type PlaylistItemView } from '@/content/contracts/api';
import { text } from '../http/text';
import { zodProblem } from '../http/zod-problem';
import { customPlayLevelId, customRunLevelId } from './custom-level';

/** The body of POST and PUT /api/playlists. */
export const PlaylistBodySchema = z
  .object({
    /** One line, trimmed, whitespace collapsed, under the text rule (../http/text.ts). */
    title: text({ max: MAX_PLAYLIST_TITLE, nonEmpty: true, oneLine: true }),
    items: z.array(PlaylistItemSchema).min(1, 'a playlist needs at least one level').max(MAX_PLAYLIST_ITEMS, `a playlist has at most ${MAX_PLAYLIST_ITEMS} levels`),
  })
  .strict();

/** A checked playlist body, or the 400 to answer. */
export type CheckedPlaylistBody = { ok: true; title: string; items: PlaylistItem[] } | { ok: false; status: 400; error: string; field?: string };

/** Validates a body and checks that every item names an existing (published) level. */
export async function checkPlaylistBody(q: Queryable, body: unknown): Promise<CheckedPlaylistBody> {
  const parsed = PlaylistBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, ...zodProblem(parsed.error) };
  const { title, items } = parsed.data;
  const titles = await publishedTitles(q, [...new Set(items.flatMap((i) => (i.kind === 'custom' ? [i.slug] : [])))]);
  for (const [n, item] of items.entries()) {
    const exists = item.kind === 'builtin' ? getLevel(item.id) !== undefined : titles.has(item.slug);
    if (!exists) {
      const name = item.kind === 'builtin' ? item.id : item.slug;
      return { ok: false, status: 400, error: `items.${n}: unknown level: ${name}`, field: `items.${n}.${item.kind === 'builtin' ? 'id' : 'slug'}` };
    }
  }
  return { ok: true, title, items };
}

/** The runs table's level id of an item. */
export function itemRunLevelId(item: PlaylistItem): string {
  return item.kind === 'builtin' ? item.id : customRunLevelId(item.slug);
}

/** Whether a playlist lists the level a run was stored under. */
export function playlistHasLevel(items: readonly PlaylistItem[], runLevelId: string): boolean {
  return items.some((i) => itemRunLevelId(i) === runLevelId);
}

/** The items with titles and play links. */
export async function itemViews(q: Queryable, items: readonly PlaylistItem[]): Promise<PlaylistItemView[]> {
  const titles = await publishedTitles(q, items.flatMap((i) => (i.kind === 'custom' ? [i.slug] : [])));
  return items.map((item): PlaylistItemView => {
    if (item.kind === 'builtin') {
      const level = getLevel(item.id);
      return { kind: 'builtin', id: item.id, title: level?.title ?? null, playUrl: level ? `/play/${item.id}` : null, progressId: item.id };
    }
    const title = titles.get(item.slug) ?? null;
    return { kind: 'custom', slug: item.slug, title, playUrl: title === null ? null : `/play/c/${item.slug}`, progressId: customPlayLevelId(item.slug) };
  });
}

/** The share, edit and API addresses of a playlist. */
export function playlistLinks(slug: string, token?: string) {
  return {
    shareUrl: `/p/${slug}`,
    ...(token === undefined ? {} : { editUrl: `/create/playlist/${slug}#token=${token}`, editToken: token }),
  };
}
