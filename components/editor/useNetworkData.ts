'use client';
/**
 * Loads the rows of a `network` landscape the editor shows (its data set with these features)
 * and says where that stands: 'none' (another family, or parameters the schema refuses),
 * 'loading', 'ready' or 'failed'. Readiness is read synchronously from the engine's provider on
 * every render (./network-data.ts), so a level whose rows are already in the page is ready at once
 * and a changed feature list is never taken for loaded; the loader (content/datasets/ready.ts) is
 * imported only when a network is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { networkDataLoaded, networkSourceOf, type LandscapeLike } from '@/engine/level/network-rows';

/** Where the rows of the landscape on screen stand. */
export type NetworkDataState =
  | { readonly state: 'none' | 'loading' | 'ready'; readonly retry?: undefined }
  | { readonly state: 'failed'; readonly message: string; readonly retry: () => void };

const NONE: NetworkDataState = { state: 'none' };
const LOADING: NetworkDataState = { state: 'loading' };
const READY: NetworkDataState = { state: 'ready' };

export function useNetworkData(spec: LandscapeLike | null): NetworkDataState {
  const src = spec ? networkSourceOf(spec) : null;
  // The effect follows the rows' identity, not every parameter change (width, seeds, extent).
  const key = src ? JSON.stringify([src.dataset, src.features]) : null;
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const loadedNow = spec ? networkDataLoaded(spec) : true;

  useEffect(() => {
    if (!key || loadedNow) return;
    const [dataset, features] = JSON.parse(key) as [string, string[]];
    let live = true;
    import('@/content/datasets/ready')
      .then((m) => m.readyLandscape({ family: 'network', params: { dataset, features }, variation: {} }))
      .then(
        () => live && setLoaded((n) => n + 1),
        (e: unknown) => live && setFailed({ key, message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [key, loadedNow, attempt]);

  const retry = useCallback(() => {
    setFailed(null);
    setAttempt((n) => n + 1);
  }, []);

  if (!key) return NONE;
  if (loadedNow) return READY;
  if (failed?.key === key) return { state: 'failed', message: failed.message, retry };
  return LOADING;
}
