'use client';
/**
 * The landscape the editor's preview draws, built only once it can be: a real network's rows
 * are loaded first (./useNetworkData.ts: "Loading the data set…"), and a trained centre that is
 * neither stored nor trained yet is trained after the page has painted "Training the network…"
 * (L-BFGS blocks the page for up to a few seconds). Until then the preview gets a note instead of
 * a landscape, so building never meets rows that are not there.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { landscapeFor, type Landscape, type Level, type Settings } from '@/engine';
import { centreNeedsTraining } from './network-data';
import { useNetworkData } from './useNetworkData';

/** The preview's landscape, or what it is waiting for (with `failed` when it cannot come). */
export type PreviewLandscape = { readonly landscape: Landscape; readonly note: null } | { readonly landscape: null; readonly note: string; readonly failed: boolean };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function usePreviewLandscape(level: Level, settings: Settings): PreviewLandscape {
  const t = useTranslations('teacher');
  const data = useNetworkData(level.landscape);
  const rowsReady = data.state === 'none' || data.state === 'ready';
  const training = rowsReady && centreNeedsTraining(level.landscape, settings.standardize);
  const [trainFailed, setTrainFailed] = useState<{ level: Level; message: string } | null>(null);
  // Bumped once the centre is trained (kept by the engine's provider): the render that follows builds.
  const [, setTrained] = useState(0);

  useEffect(() => {
    if (!training) return;
    // After a paint, so the note is on screen while the page is busy.
    const timer = setTimeout(() => {
      try {
        landscapeFor(level, settings);
        setTrained((n) => n + 1);
      } catch (e) {
        setTrainFailed({ level, message: message(e) });
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [training, level, settings]);

  const built = useMemo((): { landscape: Landscape } | { error: string } | null => {
    if (!rowsReady || training) return null;
    try {
      return { landscape: landscapeFor(level, settings) };
    } catch (e) {
      return { error: message(e) };
    }
  }, [rowsReady, training, level, settings]);

  if (data.state === 'failed') return { landscape: null, note: t('editor.dataFailed', { message: data.message }), failed: true };
  if (!rowsReady) return { landscape: null, note: t('editor.loadingData'), failed: false };
  if (training && trainFailed?.level === level) return { landscape: null, note: t('preview.trainFailed', { message: trainFailed.message }), failed: true };
  if (training) return { landscape: null, note: t('preview.training'), failed: false };
  if (built && 'landscape' in built) return { landscape: built.landscape, note: null };
  return { landscape: null, note: t('preview.buildFailed', { message: built ? built.error : '' }), failed: true };
}
