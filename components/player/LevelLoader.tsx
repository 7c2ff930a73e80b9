'use client';
/**
 * Keeps pages light: shows a same-size placeholder — with the level's landscape poster, rendered
 * on the server, so the landscape is on screen at first paint — and loads the player (engine,
 * charts, and later the 3-D / TF.js chunks) only when the level scrolls into view or is clicked
 * (at once on the play page). The surface source (TF.js and its backend) starts loading beside
 * the player's own code, not after it.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Level } from '@/engine';
import type { NextLink } from '@/content/lessons/next';
import { useLevelReady } from './useLevelReady';

const PlayerApp = lazy(() => import('./PlayerApp'));

function Placeholder({ label, poster, onStart }: { label: string; poster: string | null; onStart?: () => void }) {
  return (
    <div className="relative flex aspect-[3/2] max-h-[70vh] min-h-64 w-full items-center justify-center overflow-hidden rounded-lg bg-gradient-to-br from-indigo-50 to-slate-100" data-testid="level.placeholder">
      {poster ? (
        // A 40×40 image from the server, smoothed: a first glance at the landscape.
        <img src={poster} alt="" aria-hidden="true" className="absolute inset-[8%] h-[84%] w-[84%] rounded object-fill opacity-90" data-testid="level.poster" {...{ elementtiming: 'landscape-poster' }} />
      ) : null}
      {onStart ? (
        <button type="button" onClick={onStart} className="relative rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow hover:bg-indigo-500">
          {label}
        </button>
      ) : (
        <p className="relative rounded bg-white/85 px-2 py-1 text-sm text-slate-600">{label}</p>
      )}
    </div>
  );
}

export interface LevelLoaderProps {
  readonly level: Level;
  /** Load at once (the play page) instead of when scrolled into view. */
  readonly eager?: boolean;
  readonly syncUrl?: boolean;
  /** A teacher's published level: runs are verified against the level stored under this slug. */
  readonly customSlug?: string;
  /** Where "Next →" leads once the level is won (the course's next challenge). */
  readonly next?: NextLink | null;
  /** The level's landscape as a data: URL image (components/player/poster), shown until the player draws. */
  readonly poster?: string | null;
  /** What the player reads beside the controls (a challenge's lead-in and goal); below the placeholder until it loads. */
  readonly brief?: ReactNode;
}

export function LevelLoader({ level, eager = false, syncUrl = false, customSlug, next = null, poster = null, brief }: LevelLoaderProps) {
  const t = useTranslations('player');
  // Never rendered on the server (the player needs the browser): the server sends the placeholder.
  const [load, setLoad] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (eager) setLoad(true);
  }, [eager]);
  useEffect(() => {
    if (load || !ref.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLoad(true), { rootMargin: '200px' });
    io.observe(ref.current);
    return () => io.disconnect();
  }, [load]);
  useEffect(() => {
    // The surface source's code and backend load while the player's own chunk does.
    if (load) import('@/components/gpu/surface-source').then((m) => m.pageSurfaceSource()).catch(() => undefined);
  }, [load]);
  // A real network level's data set loads beside the player's code.
  const readiness = useLevelReady(level, load);
  if (load && readiness.state === 'failed') {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800" data-testid="level.failed">
        {t('loading.failed', { message: readiness.message })}
      </div>
    );
  }
  return (
    <div ref={ref}>
      {load && readiness.state === 'loading' ? (
        <Placeholder label={t('loading.data')} poster={poster} />
      ) : load ? (
        <Suspense fallback={<Placeholder label={t('loading.level')} poster={poster} />}>
          <PlayerApp level={level} syncUrl={syncUrl} customSlug={customSlug} next={next} poster={poster} brief={brief} />
        </Suspense>
      ) : (
        <>
          <Placeholder label={t(eager ? 'loading.level' : 'loading.play')} poster={poster} onStart={eager ? undefined : () => setLoad(true)} />
          {brief ? <div className="mt-3">{brief}</div> : null}
        </>
      )}
    </div>
  );
}
