'use client';
/**
 * The playlist bar knows the playlist; the result card needs its next level (or the end). The
 * bar publishes its place here and the player reads it: a tiny store, no context needed since
 * a page shows at most one playlist.
 */
import { useSyncExternalStore } from 'react';

/** The next level of the playlist, or 'end' on its last level. */
export type PlaylistNext = { readonly href: string; readonly title: string; readonly listHref: string } | { readonly end: true; readonly listHref: string; readonly title: string };

let current: PlaylistNext | null = null;
const listeners = new Set<() => void>();

export function publishPlaylistNext(next: PlaylistNext | null): void {
  current = next;
  for (const l of listeners) l();
}

export function usePlaylistNext(): PlaylistNext | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => null,
  );
}
