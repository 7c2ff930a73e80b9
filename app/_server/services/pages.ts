/**
 * Data for the pages of teachers' levels and playlists (server components read the database
 * directly, as README says), deduplicated per request with React's cache().
 */
import { cache } from 'react';
import { getDb } from '../db/db';
import { getPublishedCustomLevel, type CustomLevel } from '../db/custom-levels';
import { getPlaylist } from '../db/playlists';
import { isSlugShape } from '../http/edit-token';
import type { PlaylistItemView } from '@/content/contracts/api';
import { itemViews } from './playlist';

/** The published custom level under `slug`, or null. */
export const publishedLevelForPage = cache(async (slug: string): Promise<CustomLevel | null> => {
  return isSlugShape(slug) ? getPublishedCustomLevel(await getDb(), slug) : null;
});

/** The published playlist under `slug` with its items' titles and links, or null. */
export const playlistForPage = cache(async (slug: string): Promise<{ slug: string; title: string; items: PlaylistItemView[] } | null> => {
  if (!isSlugShape(slug)) return null;
  const db = await getDb();
  const found = await getPlaylist(db, slug);
  if (!found?.published) return null;
  return { slug, title: found.title, items: await itemViews(db, found.items) };
});
