'use client';
/**
 * A channel for "load these settings into that player" (a challenge's solution button). The
 * request is kept until the player for that level mounts, since lesson players load lazily.
 */
import { useEffect } from 'react';
import type { Level } from '@/engine';
import { readRunFromUrl, type UrlRun } from './url-state';

const APPLY_EVENT = 'descent:apply-settings';
const pending = new Map<string, string>();

/** Asks the player of `levelId` to take the settings encoded in `query` (url-state format). */
export function requestSettings(levelId: string, query: string): void {
  pending.set(levelId, query);
  window.dispatchEvent(new CustomEvent(APPLY_EVENT, { detail: { levelId } }));
}

/**
 * In a player: hands requests addressed to its level (including earlier ones) to `onLoad`,
 * read through the url-state reader (so they are validated like a link).
 */
export function useSettingsRequests(level: Level, onLoad: (run: UrlRun) => void): void {
  const levelId = level.id;
  useEffect(() => {
    const take = () => {
      const q = pending.get(levelId);
      if (q === undefined) return;
      pending.delete(levelId);
      onLoad(readRunFromUrl(level, new URLSearchParams(q)));
    };
    take();
    const onEvent = (e: Event) => {
      if ((e as CustomEvent<{ levelId: string }>).detail?.levelId === levelId) take();
    };
    window.addEventListener(APPLY_EVENT, onEvent);
    return () => window.removeEventListener(APPLY_EVENT, onEvent);
  }, [level, levelId, onLoad]);
}
