'use client';
/** Launch, pause/resume, single step, reset, speed and a step scrubber. */
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { Status } from './usePlayback';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

export interface TransportProps {
  readonly status: Status;
  readonly step: number;
  readonly steps: number;
  readonly speed: number;
  readonly launched: boolean;
  readonly onLaunch: () => void;
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
  readonly onSpeed: (s: number) => void;
  readonly onSeek: (step: number) => void;
  /** The run's seed (batches and shuffles); scoring always uses seeds 1…K. */
  readonly seed: number;
  /** K: the level scores this many runs (seeds 1…K). */
  readonly seeds: number;
  readonly onSeed: (seed: number) => void;
  /** Jump to the end of the run (its result). */
  readonly onSkip: () => void;
  /** A prediction is asked before the first launch: Launch waits for it. */
  readonly mustPredict?: boolean;
}

const btn = 'rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset disabled:opacity-40';

export function Transport(p: TransportProps) {
  const t = useTranslations('player');
  const speedId = useId();
  const scrubId = useId();
  const seedId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t('transport.label')} data-testid="player.transport">
      <button type="button" className={`${btn} bg-indigo-600 text-white ring-indigo-600 hover:bg-indigo-500`} onClick={p.onLaunch} data-testid="player.launch" aria-keyshortcuts="L" disabled={p.mustPredict} title={p.mustPredict ? t('transport.predictFirstTitle') : undefined}>
        {t(p.launched ? 'transport.relaunch' : 'transport.launch')}
      </button>
      {p.mustPredict ? <span className="text-xs font-medium text-amber-800" data-testid="player.predict-first">{t('transport.predictFirst')}</span> : null}
      {p.status === 'playing' ? (
        <button type="button" className={`${btn} bg-white ring-slate-300`} onClick={p.onPause} data-testid="player.pause" aria-keyshortcuts="Space">
          {t('transport.pause')}
        </button>
      ) : (
        <button type="button" className={`${btn} bg-white ring-slate-300`} onClick={p.onResume} disabled={!p.launched || p.status === 'done'} data-testid="player.resume" aria-keyshortcuts="Space">
          {t('transport.resume')}
        </button>
      )}
      <button type="button" className={`${btn} bg-white ring-slate-300`} onClick={p.onStep} disabled={p.status === 'done'} data-testid="player.step" aria-keyshortcuts=".">
        {t('transport.step')}
      </button>
      {p.status === 'playing' || p.status === 'paused' ? (
        <button type="button" className={`${btn} bg-white ring-slate-300`} onClick={p.onSkip} data-testid="player.skip">
          {t('transport.skip')}
        </button>
      ) : null}
      <button type="button" className={`${btn} bg-white ring-slate-300`} onClick={p.onReset} data-testid="player.reset" aria-keyshortcuts="R">
        {t('transport.reset')}
      </button>
      <label htmlFor={speedId} className="ml-2 text-sm text-slate-700">
        {t('transport.speed')}
      </label>
      <select id={speedId} value={p.speed} onChange={(e) => p.onSpeed(Number(e.target.value))} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" data-testid="player.speed">
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <label htmlFor={scrubId} className="sr-only">
        {t('transport.stepShown')}
      </label>
      <input
        id={scrubId}
        type="range"
        min={0}
        max={Math.max(1, p.steps)}
        value={p.step}
        disabled={!p.launched}
        onChange={(e) => p.onSeek(Number(e.target.value))}
        className="min-w-32 flex-1 accent-indigo-600"
        data-testid="player.scrub"
        aria-valuetext={t('transport.stepOf', { step: p.step, steps: p.steps })}
      />
      <span className="w-24 text-right font-mono text-xs text-slate-600" data-testid="player.stepcount">
        {p.step} / {p.steps}
      </span>
      <div className="flex basis-full items-start gap-2">
        <label htmlFor={seedId} className="shrink-0 whitespace-nowrap pt-1 text-sm text-slate-700">
          {t('transport.seed')}
        </label>
        <input
          id={seedId}
          type="number"
          min={1}
          max={1000000}
          value={p.seed}
          onChange={(e) => {
            const v = Math.round(Number(e.target.value));
            if (v >= 1 && v <= 1_000_000) p.onSeed(v);
          }}
          className="w-20 shrink-0 rounded-md border border-slate-300 px-2 py-1 text-sm"
          data-testid="player.seed"
          aria-describedby={`${seedId}-k`}
        />
        <p id={`${seedId}-k`} className="text-xs text-slate-500" data-testid="player.k-note">
          {p.seeds > 1 ? t('transport.seedsNote', { k: p.seeds, seed: p.seed }) : t('transport.seedNote', { seed: p.seed })}
        </p>
      </div>
    </div>
  );
}
