'use client';
/**
 * Whether a level's landscape can be built in this page: at once for the built-in families, and
 * for a real network once its data set has loaded (content/datasets/ready.ts, imported only for
 * such a level, so other pages never download the loader or the stored centres).
 */
import { useEffect, useState } from 'react';
import type { Level } from '@/engine';

/** 'ready', 'loading', or the loading error's message. */
export type LevelReadiness = { readonly state: 'ready' | 'loading' } | { readonly state: 'failed'; readonly message: string };

const READY: LevelReadiness = { state: 'ready' };
const LOADING: LevelReadiness = { state: 'loading' };

export function useLevelReady(level: Level | null, wanted = true): LevelReadiness {
  const needsData = level?.landscape.family === 'network';
  const [state, setState] = useState<{ level: Level | null; readiness: LevelReadiness }>({ level: null, readiness: LOADING });
  useEffect(() => {
    if (!level || !needsData || !wanted) return;
    let live = true;
    import('@/content/datasets/ready')
      .then((m) => m.readyLevel(level))
      .then(
        () => live && setState({ level, readiness: READY }),
        (e: unknown) => live && setState({ level, readiness: { state: 'failed', message: e instanceof Error ? e.message : String(e) } }),
      );
    return () => {
      live = false;
    };
  }, [level, needsData, wanted]);
  if (!needsData) return READY;
  return state.level === level ? state.readiness : LOADING;
}
