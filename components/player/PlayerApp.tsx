'use client';
/**
 * The level player: settings → engine run → animated ball over the landscape, live panels, and
 * the result. All numbers come from the engine (components/player/run.ts). State lives in one
 * reducer (player-state.ts: new settings always clear the run); playback in usePlayback; the
 * grids in useSurfaces (cached: only BatchNorm and λ recompute them); the live preview path in
 * useLivePreview. This file wires them to the views.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { landscapeFor, landscapeVariant, type Level } from '@/engine';
import type { NextLink } from '@/content/lessons/next';
import { ControlsPanel } from './controls/ControlsPanel';
import { Transport } from './Transport';
import { ViewPanel, type FallbackWhy, type ViewKind } from './ViewPanel';
import { LayerToggles, type Layers } from './LayerToggles';
import { PlayerHeader } from './PlayerHeader';
import { computeRun, pathOf } from './run';
import { playRate, usePlayback } from './usePlayback';
import { useSurfaces } from './useSurfaces';
import { usePlayerState } from './usePlayerState';
import { previewMode } from './player-state';
import { useLivePreview } from './useLivePreview';
import { useWideLayout } from './useWideLayout';
import { useHeldValue, useRestingValue } from './useRestingValue';
import { webglIsSoftware } from '@/components/scene/webgl';
import { writeRunToUrl } from './url-state';
import { readBests, type Best } from '@/components/course/progress';
import { useReducedMotion } from './useReducedMotion';
import { useShortcuts } from './useShortcuts';
import { Leaderboard } from './Leaderboard';
import { usePlaylistNext } from './playlist-next';
import { useRunReport } from './useRunReport';
import { usePlayerTestApi } from './usePlayerTestApi';
import type { PathView } from '@/components/scene/types';
import { PredictionCard } from './PredictionCard';

export interface PlayerAppProps {
  readonly level: Level;
  /** Keep settings and seed in the page URL (the play page; not embedded lessons). */
  readonly syncUrl?: boolean;
  /** Called after each finished run (lessons use it for progress). */
  readonly onResult?: (r: { levelId: string; score: number; stars: number }) => void;
  /** A teacher's published level: the server verifies the run against the level stored under this slug. */
  readonly customSlug?: string;
  /** Test-play in the editor: the result stays on screen (no local progress, no server run or explanation). */
  readonly practice?: boolean;
  /** Where "Next →" leads once the level is won (a playlist's next level takes precedence). */
  readonly next?: NextLink | null;
  /** The server-rendered landscape image, shown until the first grid is computed. */
  readonly poster?: string | null;
  /** A challenge's lead-in and goal, shown beside the controls (after the prediction). */
  readonly brief?: ReactNode;
}

// Panels that only appear after a launch load with it, keeping the first load light.
const RunCharts = dynamic(() => import('./panels/RunCharts').then((m) => m.RunCharts), { ssr: false });
const InternalsPanel = dynamic(() => import('./panels/InternalsPanel').then((m) => m.InternalsPanel), { ssr: false });
const ResultCard = dynamic(() => import('./panels/ResultCard').then((m) => m.ResultCard), { ssr: false });
const ResultBanner = dynamic(() => import('./panels/ResultBanner').then((m) => m.ResultBanner), { ssr: false });

/** How the 3-D view follows settings on a software rasterizer: once they rest 200 ms (at least every 3 s). */
const RESTING_3D = { restMs: 200, maxWaitMs: 3000 } as const;

const DEFAULT_LAYERS: Layers = { batch: false, test: false, arrows: true, ghosts: true, log: false };
/** Container width from which the 2-D map and the 3-D view stand side by side. */
const SPLIT_MIN_PX = 900;
/** The player's width (CSS px) from which the controls stand beside the views (Tailwind @2xl = 42rem). */
const TWO_COLUMNS_MIN_PX = 672;

export default function PlayerApp({ level, syncUrl = false, onResult, customSlug, practice = false, next = null, poster = null, brief }: PlayerAppProps) {
  const t = useTranslations('player');
  const { state, dispatch, changeSettings, changeSeed } = usePlayerState(level, syncUrl);
  const { settings, seed, run } = state;
  const [speed, setSpeed] = useState(1);
  const [view, setView] = useState<ViewKind>('2d');
  const [fallbackWhy, setFallbackWhy] = useState<FallbackWhy | null>(null);
  const [layers, setLayers] = useState<Layers>(DEFAULT_LAYERS);
  const [best, setBest] = useState<Best | null>(null);
  // The player's prediction (index into level.prediction.choices), and whether it was revealed.
  const [predicted, setPredicted] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const reducedMotion = useReducedMotion();
  const rootRef = useRef<HTMLElement>(null);
  const wide = useWideLayout(rootRef, SPLIT_MIN_PX);
  // Two columns (views | prediction and controls) from 42rem, as the grid's @2xl below.
  const twoColumns = useWideLayout(rootRef, TWO_COLUMNS_MIN_PX);
  const split = wide && !fallbackWhy;
  const shownView: ViewKind = fallbackWhy ? '2d' : split ? '3d' : view;

  useEffect(() => setBest(practice ? null : (readBests()[level.id] ?? null)), [level, practice]);
  useEffect(() => {
    if (syncUrl && new URLSearchParams(window.location.search).get('view') === '3d') setView('3d');
  }, [syncUrl]);

  // Only BatchNorm and standardization reshape the landscape object; every other setting keeps it (and its grids).
  const variant = landscapeVariant(settings);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const landscape = useMemo(() => landscapeFor(level, settings), [level, variant]);
  const steps = run?.trace.steps ?? 0;

  const report = useRunReport({ level, settings, seed, run, assisted: state.assisted, practice, customSlug, onResult, onBest: setBest });
  const pb = usePlayback(steps, playRate(steps, speed), reducedMotion, report.finish);

  // A new run starts playing (when launched to play); a cleared run resets the playback.
  const playNext = useRef(false);
  const { reset, play, seek } = pb;
  useEffect(() => {
    reset();
    if (run && playNext.current) play();
    playNext.current = false;
  }, [run, reset, play]);
  // A challenge asks for a prediction before its first launch (not in test-play, nor once won).
  const won = (best?.stars ?? 0) > 0;
  const mustPredict = !!level.prediction && !practice && !won && state.launches === 0 && predicted === null;
  const launch = useCallback(
    (andPlay: boolean) => {
      if (mustPredict) {
        document.querySelector<HTMLInputElement>('[data-testid="player.prediction.question.option"] input')?.focus();
        return;
      }
      playNext.current = andPlay;
      dispatch({ type: 'launch', run: computeRun(level, settings, seed) });
    },
    [dispatch, level, settings, seed, mustPredict],
  );
  const launchAndPlay = useCallback(() => launch(true), [launch]);
  const stepOnce = useCallback(() => (run ? pb.seek(Math.floor(pb.playback.current.step) + 1) : launch(false)), [run, pb, launch]);

  const shownStep = Math.min(pb.uiStep, steps);
  const surfaces = useSurfaces({ level, landscape, settings, seed, layers, step: shownStep, trace: run?.trace ?? null });

  // Arrows follow the shown step: the batch gradient the optimizer used, and the step it took.
  useEffect(() => {
    const t = run?.trace;
    pb.playback.current.arrows =
      t && shownStep >= 1 && layers.arrows
        ? { grad: [t.batchGradX[shownStep], t.batchGradY[shownStep]], velocity: [t.x[shownStep] - t.x[shownStep - 1], t.y[shownStep] - t.y[shownStep - 1]] }
        : null;
  }, [run, shownStep, layers.arrows, pb.playback]);

  const mode = previewMode({ practice, won, launches: state.launches, predicted: predicted !== null });
  // The answer shows once the first run after the prediction is over.
  useEffect(() => {
    if (predicted !== null && pb.status === 'done') setRevealed(true);
  }, [predicted, pb.status]);
  const preview = useLivePreview(level, landscape, settings, seed, mode, !run);
  const idlePath: PathView = useMemo(() => ({ x: Float64Array.of(level.start[0]), y: Float64Array.of(level.start[1]), steps: 0 }), [level]);
  const path = useMemo(() => (run ? pathOf(run.trace) : idlePath), [run, idlePath]);
  const ghosts = useMemo(() => (run && layers.ghosts ? run.seedTraces.map(pathOf) : []), [run, layers.ghosts]);

  const skipToEnd = useCallback(() => seek(steps), [seek, steps]);
  usePlayerTestApi({ level, state, surfaces, view: shownView, split, status: pb.status, preview, mode, launch: launchAndPlay, finish: skipToEnd, mustPredict, predict: setPredicted });

  const togglePause = () => (pb.status === 'playing' ? pb.pause() : run && pb.status !== 'done' ? pb.play() : launchAndPlay());
  useShortcuts(rootRef, {
    l: launchAndPlay,
    ' ': togglePause,
    '.': stepOnce,
    r: pb.reset,
    v: () => setView((v) => (v === '3d' ? '2d' : '3d')),
  });

  const onFallback = useCallback((why: FallbackWhy) => setFallbackWhy(why), []);
  const playlistNext = usePlaylistNext();
  const nextLink = playlistNext ? ('end' in playlistNext ? { href: playlistNext.listHref, label: t('result.playlistEnd', { title: playlistNext.title }) } : { href: playlistNext.href, label: t('result.playlistNext', { title: playlistNext.title }) }) : next;
  const trace = run?.trace;
  const grid = surfaces.shown?.grid ?? null;
  const batchSurface = layers.batch ? surfaces.batch : null;
  const testSurface = layers.test ? surfaces.test : null;
  const viewProps = useMemo(
    () => (grid ? { onFallback, surface: grid, heightMode: layers.log ? ('log' as const) : ('linear' as const), path, ghosts, playback: pb.playback, start: level.start, goal: level.goal, batchSurface, testSurface, showArrows: layers.arrows, axes: landscape.axes, reducedMotion, preview, previous: state.previous } : null),
    [onFallback, grid, layers.log, path, ghosts, pb.playback, level, batchSurface, testSurface, layers.arrows, landscape.axes, reducedMotion, preview, state.previous],
  );
  // On a software rasterizer the 3-D view holds still while settings move, and catches up once
  // they rest (useRestingValue): the map beside it follows every input at once.
  const [softwareGl, setSoftwareGl] = useState(false);
  useEffect(() => setSoftwareGl(webglIsSoftware()), []);
  const holdFrames = useRestingValue(settings, softwareGl && shownView === '3d', RESTING_3D) !== settings;
  const mainViewProps = useHeldValue(viewProps, holdFrames);
  // Beside the controls on a wide player; right under the views (above Launch) on a narrow one.
  const predictionCard = level.prediction && !practice && (!won || predicted !== null) ? <PredictionCard prediction={level.prediction} picked={predicted} onPick={setPredicted} revealed={revealed} /> : null;
  const explainQuery = writeRunToUrl(level, settings, seed).toString();
  const stars = run && !state.assisted ? run.stars : 0;
  const resultId = `result-${level.id}`;

  return (
    <section ref={rootRef} className="@container flex flex-col gap-4" aria-label={t('levelLabel', { title: level.title })} data-testid="player" data-level={level.id} data-status={pb.status} data-layout={split ? 'split' : 'single'}>
      {fallbackWhy ? <p className="text-xs text-amber-700" data-testid="player.fallback">{t(`fallback.${fallbackWhy}`)}</p> : null}
      {state.urlError ? <p className="text-xs text-amber-700" role="status">{t('urlError', { error: state.urlError })}</p> : null}
      <div className="grid grid-cols-1 gap-4 @2xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-3">
          {/* The views take focus on click, so the keyboard shortcuts keep working after dragging the 3-D view. */}
          <div className={`relative rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${split ? 'grid grid-cols-2 gap-3' : ''}`} tabIndex={0} aria-label={t('viewsLabel')} onPointerDown={(e) => e.currentTarget.focus({ preventScroll: true })} data-testid="player.views">
            {split && viewProps ? (
              <div className="aspect-[3/2] min-w-0">
                <ViewPanel view="2d" testId="player.map" {...viewProps} />
              </div>
            ) : null}
            <div className="aspect-[3/2] max-h-[70vh] min-h-64 w-full min-w-0">
              {mainViewProps ? <ViewPanel view={shownView} {...mainViewProps} holdFrames={holdFrames} /> : <div className="relative flex h-full items-center justify-center overflow-hidden rounded-lg bg-slate-100 text-sm text-slate-500">
                  {poster ? <img src={poster} alt="" aria-hidden="true" className="absolute inset-[8%] h-[84%] w-[84%] object-fill opacity-90" /> : null}
                  <span className="relative rounded bg-white/85 px-2 py-1">{t('computing')}</span>
                </div>}
            </div>
          </div>
          {run && pb.status === 'done' ? (
            <ResultBanner won={stars > 0} stars={stars} headline={stars > 0 ? t('result.complete') : state.assisted ? t('result.replayed') : t(`outcome.${run.trace.outcome}`)} score={run.score} next={practice ? null : nextLink} detailsId={resultId} />
          ) : null}
          {twoColumns ? null : predictionCard}
          <Transport
            mustPredict={mustPredict}
            status={pb.status}
            step={shownStep}
            steps={steps}
            speed={speed}
            launched={!!run}
            onLaunch={launchAndPlay}
            onPause={pb.pause}
            onResume={pb.play}
            onStep={stepOnce}
            onReset={pb.reset}
            onSkip={skipToEnd}
            onSpeed={setSpeed}
            onSeek={pb.seek}
            seed={seed}
            seeds={level.seeds}
            onSeed={changeSeed}
          />
          <PlayerHeader backend={surfaces.backend} grid={grid} coarse={!!surfaces.shown?.coarse} view={split ? null : shownView} can3d={!fallbackWhy} onView={setView} />
          <LayerToggles layers={layers} onChange={setLayers} hasTest={landscape.test.n > 0} />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          {twoColumns ? predictionCard : null}
          {brief}
          <ControlsPanel level={level} settings={settings} onChange={changeSettings} maxBatch={landscape.train.n} />
        </div>
      </div>
      {run && pb.status === 'done' ? (
        <ResultCard
          outcome={run.trace.outcome}
          score={run.score}
          id={resultId}
          stars={stars}
          reached={Math.round(run.successRate * run.seedTraces.length)}
          seeds={run.seedTraces.length}
          assisted={state.assisted}
          reason={report.reason}
          best={best}
          onRetry={pb.reset}
          verified={report.verified}
          explained={report.explained}
          explainHref={practice ? null : `/explain/${level.id}${explainQuery ? `?${explainQuery}` : ''}`}
        />
      ) : null}
      {trace ? (
        <div className="grid grid-cols-1 gap-4 @xl:grid-cols-2">
          <RunCharts trace={trace} settings={settings} upTo={shownStep} />
          <InternalsPanel trace={trace} landscape={run.landscape} settings={settings} step={shownStep} />
        </div>
      ) : null}
      {syncUrl ? <Leaderboard levelId={level.id} refreshKey={report.verified} /> : null}
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">{t('shortcuts.title')}</summary>
        <p className="mt-1">{t('shortcuts.text')}</p>
      </details>
    </section>
  );
}
