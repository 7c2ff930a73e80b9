'use client';
/**
 * Keeps pages light: shows a same-size placeholder and loads the player (engine, charts, and
 * later the 3-D / TF.js chunks) only when the level scrolls into view or is clicked.
 */
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { Level } from '@/engine';
import type { NextLink } from '@/content/lessons/next';

const PlayerApp = dynamic(() => import('./PlayerApp'), {
  ssr: false,
  loading: () => <Placeholder label="Loading the level…" />,
});

function Placeholder({ label, onStart }: { label: string; onStart?: () => void }) {
  return (
    <div className="flex aspect-[4/3] max-h-[70vh] min-h-72 w-full items-center justify-center rounded-lg bg-gradient-to-br from-indigo-50 to-slate-100" data-testid="level.placeholder">
      {onStart ? (
        <button type="button" onClick={onStart} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
          {label}
        </button>
      ) : (
        <p className="text-sm text-slate-500">{label}</p>
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
}

export function LevelLoader({ level, eager = false, syncUrl = false, customSlug, next = null }: LevelLoaderProps) {
  const [load, setLoad] = useState(eager);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (load || !ref.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLoad(true), { rootMargin: '200px' });
    io.observe(ref.current);
    return () => io.disconnect();
  }, [load]);
  return <div ref={ref}>{load ? <PlayerApp level={level} syncUrl={syncUrl} customSlug={customSlug} next={next} /> : <Placeholder label="Play this level" onStart={() => setLoad(true)} />}</div>;
}
