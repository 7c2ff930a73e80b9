/**
 * Where the current level sits in a playlist (the playlist bar on the play pages): its place,
 * and the previous and next playable levels, linked with `?list=<slug>` so their runs count in
 * the playlist's results too.
 */

/** A playlist item as GET /api/playlists/<slug> lists it (only what the bar needs). */
export interface NavItem {
  readonly title: string | null;
  readonly playUrl: string | null;
  readonly progressId: string;
}

/** A link to a neighbouring level. */
export interface NavLink {
  readonly href: string;
  readonly title: string;
  /** 1-based place in the playlist. */
  readonly position: number;
}

export interface PlaylistPlace {
  /** 0-based index of the current level. */
  readonly index: number;
  readonly total: number;
  readonly prev: NavLink | null;
  readonly next: NavLink | null;
}

/** The link to play an item within the playlist (null when the level is no longer available). */
export function itemHref(item: NavItem, slug: string): string | null {
  return item.playUrl ? `${item.playUrl}?list=${encodeURIComponent(slug)}` : null;
}

function linkAt(items: readonly NavItem[], i: number, slug: string, untitled: string): NavLink | null {
  const href = itemHref(items[i], slug);
  return href ? { href, title: items[i].title ?? untitled, position: i + 1 } : null;
}

/**
 * The current level's place (its first occurrence, by the id the browser keeps progress under),
 * with the nearest playable level before and after it; null when the playlist does not list it.
 * `untitled` names a playable level without a title.
 */
export function playlistPlace(items: readonly NavItem[], currentProgressId: string, slug: string, untitled = 'Untitled level'): PlaylistPlace | null {
  const index = items.findIndex((i) => i.progressId === currentProgressId);
  if (index < 0) return null;
  let prev: NavLink | null = null;
  for (let i = index - 1; i >= 0 && !prev; i--) prev = linkAt(items, i, slug, untitled);
  let next: NavLink | null = null;
  for (let i = index + 1; i < items.length && !next; i++) next = linkAt(items, i, slug, untitled);
  return { index, total: items.length, prev, next };
}
