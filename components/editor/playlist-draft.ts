/**
 * A teacher's playlist while it is being built: an ordered list of built-in and published
 * custom levels plus a title. Pure functions (reorder, add, remove, read a pasted share link)
 * and the check that turns a draft into the body of POST/PUT /api/playlists — the same limits
 * as the server (both read content/contracts/api.ts), so the teacher sees a problem before
 * sending.
 */
import { LEVEL_ID } from '@/engine';
import { MAX_PLAYLIST_ITEMS, MAX_PLAYLIST_TITLE, PUBLIC_SLUG as SLUG, type PlaylistItem } from '@/content/contracts/api';
import type { Translate } from './i18n';

/** One level of the list, with the title shown to the teacher. */
export type PlaylistEntry = { kind: 'builtin'; id: string; title: string } | { kind: 'custom'; slug: string; title: string };

/** A built-in level the teacher can pick. */
export interface CatalogueLevel {
  readonly id: string;
  readonly title: string;
}
/** Built-in levels under one heading (a lesson, or "More levels"). */
export interface CatalogueGroup {
  readonly label: string;
  readonly levels: readonly CatalogueLevel[];
}

/** What the server stores for an item. */
export type PlaylistItemBody = PlaylistItem;
/** The body of POST and PUT /api/playlists. */
export interface PlaylistBody {
  readonly title: string;
  readonly items: PlaylistItemBody[];
}

/** A stable key for an entry (React keys, duplicate checks). */
export function entryKey(e: PlaylistItemBody): string {
  return e.kind === 'builtin' ? `builtin:${e.id}` : `custom:${e.slug}`;
}

/** The list with the entry at `index` moved by `delta` places (unchanged copy when it cannot move). */
export function moveEntry<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  const out = [...list];
  if (!Number.isInteger(index) || !Number.isInteger(to) || index < 0 || index >= list.length || to < 0 || to >= list.length) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

/** The list without the entry at `index`. */
export function removeEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Adds an entry at the end, or says why not (full, or already listed; `t`: the `teacher` messages). */
export function addEntry(list: readonly PlaylistEntry[], entry: PlaylistEntry, t: Translate): { ok: true; list: PlaylistEntry[] } | { ok: false; error: string } {
  if (list.length >= MAX_PLAYLIST_ITEMS) return { ok: false, error: t('playlist.tooMany', { max: String(MAX_PLAYLIST_ITEMS) }) };
  if (list.some((e) => entryKey(e) === entryKey(entry))) return { ok: false, error: t('playlist.already', { title: entry.title }) };
  return { ok: true, list: [...list, entry] };
}

/**
 * The slug of a teacher's level from what was pasted: a share link (absolute or a path,
 * `/play/c/<slug>` or `/zh/play/c/<slug>`, with or without a query or fragment), a player id `c-<slug>`, or the bare
 * slug. Null when it is none of these.
 */
export function parseCustomLevelRef(input: string): string | null {
  const text = input.trim();
  if (SLUG.test(text)) return text;
  const id = /^c-([a-z0-9]{10})$/.exec(text);
  if (id) return id[1];
  let path: string;
  try {
    path = new URL(text, 'http://x.invalid').pathname;
  } catch {
    return null;
  }
  // The Chinese edition's share link (/zh/play/c/<slug>) names the same level.
  const m = /^(?:\/zh)?\/play\/c\/([a-z0-9]{10})\/?$/.exec(path);
  return m ? m[1] : null;
}

/** A title as the server stores it: NFC, trimmed, inner whitespace collapsed. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The request body for the draft, or every problem that would make the server refuse it (`t`: the `teacher` messages). */
export function playlistRequestBody(title: string, entries: readonly PlaylistEntry[], t: Translate): { ok: true; body: PlaylistBody } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const name = normalizeTitle(title);
  if (name.length === 0) problems.push(t('playlist.needTitle'));
  else if ([...name].length > MAX_PLAYLIST_TITLE) problems.push(t('playlist.titleTooLong', { max: String(MAX_PLAYLIST_TITLE) }));
  else if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name)) problems.push(t('playlist.titleInvisible'));
  if (entries.length === 0) problems.push(t('playlist.needLevel'));
  if (entries.length > MAX_PLAYLIST_ITEMS) problems.push(t('playlist.tooMany', { max: String(MAX_PLAYLIST_ITEMS) }));
  const items = entries.map((e): PlaylistItemBody => (e.kind === 'builtin' ? { kind: 'builtin', id: e.id } : { kind: 'custom', slug: e.slug }));
  for (const [i, item] of items.entries()) {
    if (item.kind === 'custom' && !SLUG.test(item.slug)) problems.push(t('playlist.badLink', { n: String(i + 1) }));
    if (item.kind === 'builtin' && !LEVEL_ID.test(item.id)) problems.push(t('playlist.badId', { n: String(i + 1) }));
  }
  return problems.length ? { ok: false, problems } : { ok: true, body: { title: name, items } };
}

/** An item as GET /api/playlists/<slug> answers it (title null when a custom level is unpublished). */
export type StoredItem = PlaylistItemBody & { title: string | null; playUrl?: string | null; progressId?: string };

/**
 * A stored playlist's items (as GET /api/playlists/<slug> lists them) as editable entries. A level
 * listed twice (possible through the API) is kept once, at its first place, as the editor lists it.
 * `builtinTitle`: a built-in level's title in the page's edition (the server names it in English).
 */
export function entriesFromItems(items: readonly StoredItem[], t: Translate, builtinTitle: (id: string) => string | undefined = () => undefined): PlaylistEntry[] {
  const seen = new Set<string>();
  return items.flatMap((i): PlaylistEntry[] => {
    const key = entryKey(i);
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      i.kind === 'builtin'
        ? { kind: 'builtin', id: i.id, title: (i.title !== null ? builtinTitle(i.id) : undefined) ?? i.title ?? i.id }
        : { kind: 'custom', slug: i.slug, title: i.title ?? t('playlist.unavailableLevel', { ref: i.slug }) },
    ];
  });
}

/** A draft read back from storage: only well-formed entries are kept; null when unusable. */
export function parseStoredPlaylistDraft(raw: string | null): { title: string; entries: PlaylistEntry[] } | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const { title, entries } = v as { title?: unknown; entries?: unknown };
  if (typeof title !== 'string' || !Array.isArray(entries)) return null;
  const kept: PlaylistEntry[] = [];
  for (const e of entries.slice(0, MAX_PLAYLIST_ITEMS)) {
    if (!e || typeof e !== 'object' || typeof (e as { title?: unknown }).title !== 'string') continue;
    const { kind, id, slug, title: t } = e as { kind?: unknown; id?: unknown; slug?: unknown; title: string };
    if (kind === 'builtin' && typeof id === 'string') kept.push({ kind, id, title: t });
    else if (kind === 'custom' && typeof slug === 'string' && SLUG.test(slug)) kept.push({ kind, slug, title: t });
  }
  return { title: title.slice(0, 4 * MAX_PLAYLIST_TITLE), entries: kept };
}
