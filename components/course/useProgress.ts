'use client';
/**
 * The browser's progress as React state: bests per level and lessons opened, updated when any
 * part of the page (or another tab) records a result. Before hydration (and on the server) it
 * is empty with ready = false, so server HTML never claims progress it cannot know.
 */
import { useSyncExternalStore } from 'react';
import { BESTS_KEY, PROGRESS_EVENT, VISITED_KEY, readBests, readVisited, type Best } from '@/components/course/progress';

export interface Progress {
  readonly bests: Readonly<Record<string, Best>>;
  readonly visited: Readonly<Record<string, string>>;
  readonly ready: boolean;
}

const SERVER: Progress = { bests: {}, visited: {}, ready: false };
let cache: { key: string; value: Progress } | null = null;

function rawOf(key: string): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** The same object while storage is unchanged (useSyncExternalStore needs a stable snapshot). */
function snapshot(): Progress {
  const key = `${rawOf(BESTS_KEY)}\u0000${rawOf(VISITED_KEY)}`;
  if (cache?.key !== key) cache = { key, value: { bests: readBests(), visited: readVisited(), ready: true } };
  return cache.value;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(PROGRESS_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(PROGRESS_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER);
}

/** A challenge counts as done once the engine's score earns it at least one star. */
export function isDone(progress: Progress, levelId: string): boolean {
  return (progress.bests[levelId]?.stars ?? 0) >= 1;
}
