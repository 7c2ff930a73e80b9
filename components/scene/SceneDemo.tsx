'use client';
/**
 * Development harness for the two views (/dev/scene): a fabricated two-basin surface, a
 * heavy-ball run, ghost runs and playback, shown in 3-D and 2-D side by side with layer toggles.
 * `?step=N` freezes playback at step N (for screenshots).
 */
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Goal } from '@/engine';
import type { HeightMode, PathView, Playback } from './types';
import Contour2D from './Contour2D';
import { heavyBall, sampleGrid, demoTerrain } from './demoData';

const Scene3D = dynamic(() => import('./Scene3D'), {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-sm text-slate-500">Loading the 3-D view…</div>,
});

const BOX_X = [-2, 2] as const;
const BOX_Y = [-2, 2] as const;
const STEPS = 240;
const STEPS_PER_SECOND = 40;
const AXES = ['w₁', 'w₂'] as const;
const START = [-1.7, 1.6] as const;
const REGION: Goal = { kind: 'region', center: [1.05, 0.27], radius: 0.3 };

type Toggle = 'log' | 'arrows' | 'ghosts' | 'batch' | 'test' | 'lossGoal' | 'nan' | 'huge';

/** The demo page's client part. */
export default function SceneDemo() {
  const [on, setOn] = useState<Record<Toggle, boolean>>({
    log: false, arrows: true, ghosts: true, batch: false, test: false, lossGoal: false, nan: false, huge: false,
  });
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [webglLost, setWebglLost] = useState(false);

  const f = useMemo(() => (on.huge ? (x: number, y: number) => 1e6 * Math.exp(demoTerrain(x, y)) : demoTerrain), [on.huge]);
  const surface = useMemo(() => sampleGrid(f, 128, BOX_X, BOX_Y, on.nan), [f, on.nan]);
  const batch = useMemo(() => (on.batch ? sampleGrid((x, y) => f(x - 0.15, y + 0.12) * 1.04, 96, BOX_X, BOX_Y) : null), [f, on.batch]);
  const test = useMemo(() => (on.test ? sampleGrid((x, y) => f(x + 0.1, y - 0.08), 96, BOX_X, BOX_Y) : null), [f, on.test]);
  const run = useMemo(() => heavyBall(START[0], START[1], STEPS), []);
  const ghostRuns = useMemo<PathView[]>(
    () => [[-1.5, 1.75], [-1.85, 1.4], [-1.6, 1.3], [-1.9, 1.8], [-1.3, 1.6]].map(([x, y]) => heavyBall(x, y, STEPS).path),
    [],
  );
  const goal: Goal = on.lossGoal ? { kind: 'loss', split: 'train', below: f(1, 0.25) + 0.12 * (surface.max - surface.min) * (on.huge ? 0.002 : 1) } : REGION;

  // Playback: mutated by this loop, read by the views' own frame loops.
  const playback = useRef<Playback>({ step: 0, arrows: { grad: [0, 0], velocity: [0, 0] } });
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const frozen = params.has('step') ? Number(params.get('step')) : null;
    const grad: [number, number] = [0, 0];
    const velocity: [number, number] = [0, 0];
    playback.current.arrows = { grad, velocity };
    let raf = 0;
    const t0 = performance.now();
    const tick = (now: number) => {
      const cycle = STEPS / STEPS_PER_SECOND + 1.5;
      const t = ((now - t0) / 1000) % cycle;
      const step = frozen ?? Math.min(STEPS, t * STEPS_PER_SECOND);
      const k = Math.min(STEPS, Math.round(step));
      playback.current.step = step;
      grad[0] = run.grad[2 * k]; grad[1] = run.grad[2 * k + 1];
      velocity[0] = run.vel[2 * k]; velocity[1] = run.vel[2 * k + 1];
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [run]);

  const view = {
    surface,
    heightMode: (on.log ? 'log' : 'linear') as HeightMode,
    path: run.path,
    ghosts: on.ghosts ? ghostRuns : [],
    playback,
    start: START,
    goal,
    batchSurface: batch,
    testSurface: test,
    showArrows: on.arrows,
    axes: AXES,
    reducedMotion: false,
    onPick: (x: number, y: number) => setPicked([x, y]),
  };

  // /dev pages sit outside the editions' layout: the views read their words in English here.
  return (
    <NextIntlClientProvider locale="en" messages={CATALOGUES.en} timeZone="UTC">
      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
        <h1 className="text-xl font-bold tracking-tight">Scene views (development)</h1>
        <fieldset className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm" data-testid="dev.toggles">
          <legend className="sr-only">Layers</legend>
          {(Object.keys(on) as Toggle[]).map((k) => (
            <label key={k} className="flex items-center gap-1.5">
              <input type="checkbox" checked={on[k]} onChange={() => setOn((s) => ({ ...s, [k]: !s[k] }))} data-testid={`dev.toggle.${k}`} />
              {k}
            </label>
          ))}
        </fieldset>
        <p className="mt-2 text-sm text-slate-600" data-testid="dev.picked">
          {picked ? `Picked (${picked[0].toFixed(3)}, ${picked[1].toFixed(3)})` : 'Click a view to pick a point.'}
          {webglLost ? ' WebGL unavailable: the 3-D pane shows its fallback.' : ''}
        </p>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          <div className="h-[420px] overflow-hidden rounded-lg bg-gradient-to-b from-slate-100 to-slate-200">
            <Scene3D {...view} onContextLost={() => setWebglLost(true)} />
          </div>
          <div className="h-[420px] overflow-hidden rounded-lg bg-slate-50">
            <Contour2D {...view} />
          </div>
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
