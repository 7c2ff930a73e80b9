'use client';
/**
 * The player's reducer (player-state.ts) wired to the page: settings and seed from the URL once,
 * a solution's "Use these settings" requests, and the URL kept in step with the settings.
 */
import { useCallback, useEffect, useReducer } from 'react';
import { resolveSettings, type Level, type Settings } from '@/engine';
import { useSettingsRequests } from './apply-settings';
import { initialPlayerState, playerReducer } from './player-state';
import { readRunFromUrl, writeRunToUrl, type UrlRun } from './url-state';

/** The query parameter a challenge's solution link adds (dropped from the URL at the first rewrite). */
export const SOLUTION_PARAM = 'sol';

/** How long settings must rest before the URL is rewritten. */
const URL_WRITE_DELAY_MS = 250;

export function usePlayerState(level: Level, syncUrl: boolean) {
  const [state, dispatch] = useReducer(playerReducer, level, initialPlayerState);
  const { settings, seed } = state;

  // Settings and seed from the URL, once, on the client.
  useEffect(() => {
    if (!syncUrl) return;
    const params = new URLSearchParams(window.location.search);
    const r = readRunFromUrl(level, params);
    // A challenge's "Play it with these settings" link says so: like "Use these settings".
    dispatch({ type: 'load', settings: r.settings, seed: r.seed, error: r.error, applied: params.get(SOLUTION_PARAM) === '1' });
  }, [level, syncUrl]);

  // A challenge's "Use these settings" button.
  const onApplied = useCallback((r: UrlRun) => dispatch({ type: 'load', settings: r.settings, seed: r.seed, error: r.error, applied: true }), []);
  useSettingsRequests(level, onApplied);

  // Keep the URL in step with the settings, once a slider rests: a history update makes the
  // App Router re-render, which has no place in the frame that answers a slider.
  useEffect(() => {
    if (!syncUrl) return;
    const timer = setTimeout(() => {
      const params = writeRunToUrl(level, settings, seed);
      const keep = new URLSearchParams(window.location.search);
      for (const k of ['view', 'backend', 'list']) if (keep.has(k)) params.set(k, keep.get(k)!);
      const q = params.toString();
      window.history.replaceState(null, '', q ? `?${q}` : window.location.pathname);
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [level, settings, seed, syncUrl]);

  /** Applies a patch from the controls when the engine accepts it (locked or out-of-range values are ignored). */
  const changeSettings = useCallback(
    (patch: Partial<Settings>) => {
      const res = resolveSettings(level, { ...settings, ...patch });
      if (res.ok) dispatch({ type: 'settings', settings: res.settings });
    },
    [level, settings],
  );
  const changeSeed = useCallback((s: number) => dispatch({ type: 'seed', seed: s }), []);

  return { state, dispatch, changeSettings, changeSeed };
}
