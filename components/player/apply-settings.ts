'use client';
/**
 * A channel for "load these settings into that player" (a challenge's solution button). The
 * request is kept until the player for that level mounts, since lesson players load lazily.
 */
import { useEffect } from 'react';
import type { Level, Settings } from '@/engine';
import { readRunFromUrl } from './url-state';

const APPLY_EVENT = 'descent:apply-settings';
const pending = new Map<string, string>();

/** Asks the player of `levelId` to take the settings encoded in `query` (url-state format). */
export function requestSettings(levelId: string, query: string): void {
  pending.set(levelId, query);
  window.dispatchEvent(new CustomEvent(APPLY_EVENT, { detail: { levelId } }));
}

/** In a player: applies requests addressed to its level (including earlier ones) through the url-state reader. */
export function useSettingsRequests(
  level: Level,
  setSettings: (s: Settings) => void,
  setSeed: (seed: number) => void,
  setError: (e: string | null) => void,
): void {
  const levelId = level.id;
  useEffect(() => {
    const apply = (q: string) => {
      const r = readRunFromUrl(level, new URLSearchParams(q));
      setSettings(r.settings);
      setSeed(r.seed);
      setError(r.error);
    };
    const take = () => {
      const q = pending.get(levelId);
      if (q === undefined) return;
      pending.delete(levelId);
      apply(q);
    };
    take();
    const onEvent = (e: Event) => {
      if ((e as CustomEvent<{ levelId: string }>).detail?.levelId === levelId) take();
    };
    window.addEventListener(APPLY_EVENT, onEvent);
    return () => window.removeEventListener(APPLY_EVENT, onEvent);
  }, [level, levelId, setSettings, setSeed, setError]);
}
