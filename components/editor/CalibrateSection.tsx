'use client';
/**
 * Auto-calibrate: sweep the unlocked settings (grid or random, bounded) × K seeds in a worker,
 * then record the best score, the proposed star thresholds and the solution in the draft.
 * Publishing stays disabled until a calibration of this exact landscape reached three stars.
 */
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Level } from '@/engine';
import { describeSettings } from '@/components/course/setting-labels';
import { fingerprint, provedSolvable, type Draft, type DraftUpdate } from './draft';
import { NumberInput, Section, INPUT } from './fields';
import type { SweepFindings } from './calibration';
import type { SweepMode } from './sweep';
import { useCalibration } from './useCalibration';
import type { KeyedProof } from './calibrate.worker';
import { currentProof, shortcutFromCalibration } from './intent';
import { ProofTable } from './ProofTable';
import { calibrationValuesIn } from '@/components/i18n/engine-words-proof';
import { say } from './i18n';

export function CalibrateSection({ draft, update, level }: { draft: Draft; update: DraftUpdate; level: Level | null }) {
  const t = useTranslations('teacher');
  const tp = useTranslations('player');
  const tw = useTranslations('engineWords');
  const [mode, setMode] = useState<SweepMode>('grid');
  const [max, setMax] = useState(200);
  const onDone = useCallback(
    (f: SweepFindings | null, lvl: Level, proof: KeyedProof | null) =>
      update((d) => ({
        ...d,
        ...(f
          ? {
              stars: f.solvable ? f.proposedStars : d.stars,
              solution: f.solvable ? f.solution : d.solution,
              calibration: { fingerprint: fingerprint(lvl), bestScore: f.bestScore, successRate: f.successRate, tried: f.tried, proposedStars: f.proposedStars, solution: f.solution, warning: f.warning, shortcut: f.shortcut?.settings ?? null },
            }
          : {}),
        proof: proof ?? d.proof,
      })),
    [update],
  );
  const { state, start, cancel } = useCalibration(onDone);
  const c = draft.calibration;
  const stale = !!c && (!level || c.fingerprint !== fingerprint(level));
  const running = state.status === 'running';
  const setStar = (i: 0 | 1 | 2, v: number) => update((d) => ({ ...d, stars: d.stars.map((s, j) => (j === i ? Math.round(v) : s)) as Draft['stars'] }));

  return (
    <Section title={t('calibrate.title')} testId="editor.calibrate">
      <div className="flex flex-wrap items-end gap-3 text-xs">
        <label className="flex flex-col gap-1 font-medium text-slate-700">
          {t('calibrate.sweep')}
          <select className={INPUT} value={mode} onChange={(e) => setMode(e.target.value as SweepMode)} data-testid="editor.calibrate.mode">
            <option value="grid">{t('calibrate.grid')}</option>
            <option value="random">{t('calibrate.random')}</option>
          </select>
        </label>
        <label className="flex w-28 flex-col gap-1 font-medium text-slate-700">
          {t('calibrate.maxCombos')}
          <NumberInput label={t('calibrate.combos')} value={max} min={1} max={2000} step={1} onChange={(v) => setMax(Math.max(1, Math.min(2000, Math.round(v))))} testId="editor.calibrate.max" />
        </label>
        <span className="pb-1 text-slate-600">{t('calibrate.seedsEach', { k: String(draft.seeds) })}</span>
        {running ? (
          <button type="button" onClick={cancel} className="rounded bg-slate-200 px-3 py-1.5 text-sm" data-testid="editor.calibrate.cancel">
            {t('calibrate.cancel')}
          </button>
        ) : (
          <button type="button" disabled={!level} onClick={() => level && start(level, { mode, max })} className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white disabled:opacity-40" data-testid="editor.calibrate.run">
            {t('calibrate.run')}
          </button>
        )}
      </div>
      {state.status === 'running' ? (
        <div className="flex items-center gap-2 text-xs" role="status">
          <progress className="flex-1" max={state.progress?.total ?? 1} value={state.progress?.done ?? 0} data-testid="editor.calibrate.progress" />
          <span>
            {state.progress ? `${state.progress.done} / ${state.progress.total}` : t('calibrate.starting')}
            {state.progress?.bestScore != null ? t('calibrate.bestSoFar', { score: String(state.progress.bestScore) }) : ''}
          </span>
        </div>
      ) : null}
      {state.status === 'cancelled' ? <p className="text-xs text-slate-600" role="status">{t('calibrate.cancelled')}</p> : null}
      {state.status === 'error' ? (
        <p className="text-xs text-red-700" role="alert">
          {t('calibrate.failed', { message: state.message ?? t('calibrate.workerFailed') })}
        </p>
      ) : null}
      {c ? (
        <div className="flex flex-col gap-1 text-sm" data-testid="editor.calibrate.result" data-best={c.bestScore} data-solvable={provedSolvable(c) ? 'true' : 'false'} data-stale={stale ? 'true' : 'false'}>
          <p>
            {t.rich('calibrate.best', {
              best: (chunks) => <strong data-testid="editor.calibrate.best">{chunks}</strong>,
              score: String(c.bestScore),
              tried: String(c.tried),
              percent: String(Math.round(c.successRate * 100)),
            })}
          </p>
          {provedSolvable(c) ? (
            <p className="text-emerald-700">{t('calibrate.solvable', { solution: describeSettings(c.solution, tp).join(tw('change.separator')) || t('calibrate.theDefaults') })}</p>
          ) : (
            <p className="text-red-700">{t('calibrate.unsolvable')}</p>
          )}
          {c.warning && !stale ? (
            <p className="text-amber-700" role="alert" data-testid="editor.calibrate.warning">
              {say(t, typeof c.warning === 'string' ? c.warning : { ...c.warning, values: calibrationValuesIn(c.warning.values, tw) })}
              {c.shortcut && level && draft.intent ? (
                <button
                  type="button"
                  className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-amber-300"
                  onClick={() => update((d) => (d.intent && d.intent.shortcuts.length < 12 ? { ...d, intent: { ...d.intent, shortcuts: [...d.intent.shortcuts, shortcutFromCalibration(level, c.shortcut!, t)] } } : d))}
                  data-testid="editor.calibrate.ruleOut"
                >
                  {t('calibrate.ruleOut')}
                </button>
              ) : null}
            </p>
          ) : null}
          {stale ? <p className="text-amber-700" data-testid="editor.calibrate.stale">{t('calibrate.stale')}</p> : null}
        </div>
      ) : (
        <p className="text-xs text-slate-600">{t('calibrate.notYet')}</p>
      )}
      {draft.intent ? (
        <div className="flex flex-col gap-2" data-testid="editor.proof">
          <div className="flex items-center gap-3 text-xs">
            <span className="font-medium text-slate-700">{t('calibrate.onlyIdea')}</span>
            <button type="button" disabled={!level || running} onClick={() => level && start(level, null)} className="rounded bg-slate-200 px-3 py-1 disabled:opacity-40" data-testid="editor.proof.run">
              {t('calibrate.checkIntent')}
            </button>
          </div>
          <ProofTable proof={currentProof(draft, level)} stale={!!draft.proof && !currentProof(draft, level)} />
        </div>
      ) : null}
      <fieldset className="grid grid-cols-3 gap-2 text-xs">
        <legend className="mb-1 font-medium text-slate-700">{t('calibrate.stars')}</legend>
        {([0, 1, 2] as const).map((i) => (
          <label key={i} className="flex flex-col gap-1">
            {'★'.repeat(i + 1)}
            <NumberInput label={t('calibrate.starThreshold', { n: String(i + 1) })} value={draft.stars[i]} min={0} max={1000} step={1} onChange={(v) => setStar(i, v)} testId={`editor.stars.${i + 1}`} />
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
