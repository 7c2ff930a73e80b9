'use client';
/**
 * The level player: settings → engine run → animated ball over a GPU-computed surface, live
 * panels, and the result. All numbers come from the engine (components/player/run.ts); this
 * file wires state, the animation loop and the views together.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { landscapeFor, levelDefaults, resolveSettings, type Level, type Settings } from '@/engine';
import { ControlsPanel } from './controls/ControlsPanel';
import { Transport } from './Transport';
import { ViewPanel, type ViewKind } from './ViewPanel';
import dynamic from 'next/dynamic';
import { LayerToggles, type Layers } from './LayerToggles';
import { computeRun, pathOf, type RunResult } from './run';
import { usePlayback } from './usePlayback';
import { useSurfaces } from './useSurfaces';
import { readRunFromUrl, writeRunToUrl } from './url-state';
import { readBests, recordResult, type Best } from './progress';
import { publishTestApi } from './test-api';
import { useSettingsRequests } from './apply-settings';
import { useReducedMotion } from './useReducedMotion';
import { useShortcuts } from './useShortcuts';
import { readNickname } from './nickname';
import { Leaderboard } from './Leaderboard';
import { fetchExplanation, playlistFromUrl, verifyRun, type ServerExplanation, type Verified } from './verify';
import type { PathView } from './types';

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
}

/** True when every finite value is > 0 (a log axis can show the whole curve). */
function allPositive(a: Float64Array): boolean {
  for (const v of a) if (v <= 0) return false;
  return true;
}

// Panels that only appear after a launch load with it, keeping the first load light.
const LineChart = dynamic(() => import('./panels/LineChart').then((m) => m.LineChart), { ssr: false });
const InternalsPanel = dynamic(() => import('./panels/InternalsPanel').then((m) => m.InternalsPanel), { ssr: false });
const ResultCard = dynamic(() => import('./panels/ResultCard').then((m) => m.ResultCard), { ssr: false });

const DEFAULT_LAYERS: Layers = { batch: false, test: false, arrows: true, ghosts: true, log: false };

export default function PlayerApp({ level, syncUrl = false, onResult, customSlug, practice = false }: PlayerAppProps) {
  const [settings, setSettings] = useState<Settings>(() => levelDefaults(level));
  const [seed, setSeed] = useState(1);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [run, setRun] = useState<RunResult | null>(null);
  const [speed, setSpeed] = useState(1);
  const [view, setView] = useState<ViewKind>('3d');
  const [fallbackWhy, setFallbackWhy] = useState<string | null>(null);
  const [layers, setLayers] = useState<Layers>(DEFAULT_LAYERS);
  const [best, setBest] = useState<Best | null>(null);
  const [verified, setVerified] = useState<Verified | 'offline' | 'pending' | null>(null);
  const [explained, setExplained] = useState<ServerExplanation | null>(null);
  const reducedMotion = useReducedMotion();
  const rootRef = useRef<HTMLElement>(null);

  // Settings and seed from the URL, once, on the client.
  useEffect(() => {
    setBest(practice ? null : (readBests()[level.id] ?? null));
    if (!syncUrl) return;
    const params = new URLSearchParams(window.location.search);
    const fromUrl = readRunFromUrl(level, params);
    setSettings(fromUrl.settings);
    setSeed(fromUrl.seed);
    setUrlError(fromUrl.error);
    if (params.get('view') === '2d') setView('2d');
  }, [level, syncUrl, practice]);

  // A challenge's "use these settings" button.
  useSettingsRequests(level, setSettings, setSeed, setUrlError);

  // Keep the URL in step with the settings.
  useEffect(() => {
    if (!syncUrl) return;
    const params = writeRunToUrl(level, settings, seed);
    const keep = new URLSearchParams(window.location.search);
    for (const k of ['view', 'backend', 'list']) if (keep.has(k)) params.set(k, keep.get(k)!);
    const q = params.toString();
    window.history.replaceState(null, '', q ? `?${q}` : window.location.pathname);
  }, [level, settings, seed, syncUrl]);

  const landscape = useMemo(() => landscapeFor(level, settings), [level, settings]);
  const steps = run?.trace.steps ?? 0;
  const rate = Math.max(30, level.budget / 8) * speed;

  const finish = useCallback(() => {
    if (!run || practice) return;
    const stored = recordResult(level.id, { score: run.score, stars: run.stars, query: writeRunToUrl(level, settings, seed).toString() });
    setBest(stored);
    onResult?.({ levelId: level.id, score: run.score, stars: run.stars });
    setVerified('pending');
    verifyRun(level.id, settings, readNickname(), { customSlug, playlist: playlistFromUrl() }).then((v) => setVerified(v ?? 'offline'));
    fetchExplanation(level.id, writeRunToUrl(level, settings, seed).toString()).then(setExplained);
  }, [run, level, settings, seed, onResult, customSlug, practice]);

  const pb = usePlayback(steps, rate, reducedMotion, finish);

  const launch = useCallback(() => {
    const r = computeRun(level, settings, seed);
    setRun(r);
    setVerified(null);
    setExplained(null);
    pb.reset();
  }, [level, settings, seed, pb]);

  // Start playing once a new run is in place.
  const pendingPlay = useRef(false);
  useEffect(() => {
    if (run && pendingPlay.current) {
      pendingPlay.current = false;
      pb.play();
    }
  }, [run, pb]);
  const launchAndPlay = useCallback(() => {
    pendingPlay.current = true;
    launch();
  }, [launch]);

  const changeSettings = useCallback(
    (patch: Partial<Settings>) => {
      const res = resolveSettings(level, { ...settings, ...patch });
      if (!res.ok) return;
      setSettings(res.settings);
      setRun(null);
      pb.reset();
    },
    [level, settings, pb],
  );

  const shownStep = Math.min(pb.uiStep, steps);
  const surfaces = useSurfaces({ level, landscape, settings, seed, layers, step: shownStep, trace: run?.trace ?? null });

  // Arrows follow the shown step: the batch gradient the optimizer used, and the step it took.
  useEffect(() => {
    const t = run?.trace;
    if (!t || shownStep < 1 || !layers.arrows) {
      pb.playback.current.arrows = null;
      return;
    }
    pb.playback.current.arrows = {
      grad: [t.batchGradX[shownStep], t.batchGradY[shownStep]],
      velocity: [t.x[shownStep] - t.x[shownStep - 1], t.y[shownStep] - t.y[shownStep - 1]],
    };
  }, [run, shownStep, layers.arrows, pb.playback]);

  const idlePath: PathView = useMemo(() => ({ x: Float64Array.of(level.start[0]), y: Float64Array.of(level.start[1]), steps: 0 }), [level]);
  const path = run ? pathOf(run.trace) : idlePath;
  const ghosts = useMemo(() => (run && layers.ghosts ? run.seedTraces.map(pathOf) : []), [run, layers.ghosts]);
  // The local one-line summary needs the engine's diagnostics: loaded with the first result.
  const [reason, setReason] = useState('');
  useEffect(() => {
    setReason('');
    if (!run) return;
    let live = true;
    import('./summary').then((m) => live && setReason(m.summarize(level, settings, run)));
    return () => {
      live = false;
    };
  }, [run, level, settings]);

  useEffect(() => {
    publishTestApi({
      levelId: level.id,
      backend: surfaces.backend,
      view: fallbackWhy ? '2d' : view,
      status: pb.status,
      settings,
      seed,
      surfaceRes: surfaces.main?.nx ?? null,
      result: run
        ? { outcome: run.trace.outcome, score: run.score, stars: run.stars, steps: run.trace.steps, goalStep: run.trace.goalStep, x: Array.from(run.trace.x.subarray(0, run.trace.steps + 1)), y: Array.from(run.trace.y.subarray(0, run.trace.steps + 1)) }
        : null,
      launch: launchAndPlay,
      finish: () => pb.seek(steps),
    });
  }, [level.id, surfaces.backend, surfaces.main, view, fallbackWhy, pb, settings, seed, run, launchAndPlay, steps]);

  useShortcuts(rootRef, {
    l: launchAndPlay,
    ' ': () => (pb.status === 'playing' ? pb.pause() : run && pb.status !== 'done' ? pb.play() : launchAndPlay()),
    '.': () => (run ? pb.seek(Math.floor(pb.playback.current.step) + 1) : launch()),
    r: pb.reset,
    v: () => setView((v) => (v === '3d' ? '2d' : '3d')),
  });

  const onFallback = useCallback((why: string) => setFallbackWhy(why), []);
  const maxBatch = landscape.train.n;
  const trace = run?.trace;

  return (
    <section ref={rootRef} className="@container flex flex-col gap-4" aria-label={`Level: ${level.title}`} data-testid="player" data-level={level.id} data-status={pb.status}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
        <p data-testid="player.backend">
          Surface computed by <strong>{surfaces.backend ?? '…'}</strong>
          {surfaces.main ? ` on a ${surfaces.main.nx}×${surfaces.main.ny} grid` : ''}
          {surfaces.ms !== null ? ` in ${surfaces.ms.toFixed(0)} ms` : ''}
        </p>
        <div className="flex items-center gap-2" role="group" aria-label="View">
          {(['3d', '2d'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={(fallbackWhy ? '2d' : view) === v} onClick={() => setView(v)} disabled={v === '3d' && !!fallbackWhy} className="rounded px-2 py-1 ring-1 ring-slate-300 aria-pressed:bg-slate-900 aria-pressed:text-white disabled:opacity-40" data-testid={`player.view.${v}`}>
              {v === '3d' ? '3-D' : '2-D map'}
            </button>
          ))}
        </div>
      </div>
      {fallbackWhy ? <p className="text-xs text-amber-700" data-testid="player.fallback">Showing the 2-D map because {fallbackWhy}.</p> : null}
      {urlError ? <p className="text-xs text-amber-700" role="status">Ignored part of the link: {urlError}</p> : null}
      <div className="grid grid-cols-1 gap-4 @3xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-3">
          <div className="aspect-[4/3] max-h-[70vh] min-h-72 w-full">
            {surfaces.main ? (
              <ViewPanel
                view={fallbackWhy ? '2d' : view}
                onFallback={onFallback}
                surface={surfaces.main}
                heightMode={layers.log ? 'log' : 'linear'}
                path={path}
                ghosts={ghosts}
                playback={pb.playback}
                start={level.start}
                goal={level.goal}
                batchSurface={layers.batch ? surfaces.batch : null}
                testSurface={layers.test ? surfaces.test : null}
                showArrows={layers.arrows}
                axes={landscape.axes}
                reducedMotion={reducedMotion}
              />
            ) : (
              <div className="flex h-full items-center justify-center rounded-lg bg-slate-100 text-sm text-slate-500">Computing the landscape…</div>
            )}
          </div>
          <Transport
            status={pb.status}
            step={shownStep}
            steps={steps}
            speed={speed}
            launched={!!run}
            onLaunch={launchAndPlay}
            onPause={pb.pause}
            onResume={pb.play}
            onStep={() => (run ? pb.seek(Math.floor(pb.playback.current.step) + 1) : launch())}
            onReset={pb.reset}
            onSpeed={setSpeed}
            onSeek={pb.seek}
            seed={seed}
            onSeed={(v) => {
              setSeed(v);
              setRun(null);
              pb.reset();
            }}
          />
          <LayerToggles layers={layers} onChange={setLayers} hasTest={landscape.test.n > 0} />
        </div>
        <ControlsPanel level={level} settings={settings} onChange={changeSettings} maxBatch={maxBatch} />
      </div>
      {run && pb.status === 'done' ? (
        <ResultCard
          outcome={run.trace.outcome}
          score={run.score}
          stars={run.stars}
          reason={reason}
          best={best}
          onRetry={pb.reset}
          verified={verified}
          explained={explained}
          explainHref={practice ? null : `/explain/${level.id}${(() => {
            const q = writeRunToUrl(level, settings, seed).toString();
            return q ? `?${q}` : '';
          })()}`}
        />
      ) : null}
      {trace ? (
        <div className="grid grid-cols-1 gap-4 @xl:grid-cols-2">
          <LineChart
            title="Loss"
            testId="player.chart.loss"
            upTo={shownStep}
            total={trace.steps}
            log={allPositive(trace.trainLoss) && allPositive(trace.testLoss)}
            series={[
              { label: 'train', color: '#4f46e5', values: trace.trainLoss },
              { label: 'test', color: '#d97706', values: trace.testLoss, dashed: true },
              { label: 'batch', color: '#94a3b8', values: trace.batchLoss },
            ]}
          />
          <LineChart title="Gradient norm" testId="player.chart.grad" upTo={shownStep} total={trace.steps} log series={[{ label: '‖∇L‖ (full batch)', color: '#dc2626', values: trace.gradNorm }]} />
          <InternalsPanel trace={trace} landscape={run.landscape} settings={settings} step={shownStep} />
        </div>
      ) : null}
      {syncUrl ? <Leaderboard levelId={level.id} refreshKey={verified} /> : null}
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">Keyboard shortcuts</summary>
        <p className="mt-1">L launch · Space pause/resume · . one step · R reset · V switch 3-D / 2-D (when focus is in the player, not in a form field)</p>
      </details>
    </section>
  );
}
