/**
 * The player's charts of a run up to the shown step: loss (train, test, batch), gradient norm
 * (the full gradient, and the mini-batch gradient beside it when batches are noisy) and, for
 * AdaGrad, RMSprop and Adam, each weight's effective learning rate. Pure rendering.
 */
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Settings, Trace } from '@/engine';
import { effectiveRateSeries } from '@/engine';
import { LineChart, type ChartSeries } from '@/components/charts';
import { EN, type Translate } from '@/components/i18n/translate';

/** Props of RunCharts. */
export interface RunChartsProps {
  readonly trace: Trace;
  readonly settings: Settings;
  /** The shown step: later steps are not drawn, and a marker stands at it. */
  readonly upTo: number;
}

const COLORS = {
  train: '#4f46e5',
  test: '#b45309',
  batch: '#94a3b8',
  grad: '#dc2626',
  w1: '#0f766e',
  w2: '#7c3aed',
} as const;

/** Optimizers whose per-weight rate changes during a run. */
const ADAPTIVE: ReadonlySet<Settings['optimizer']> = new Set(['adagrad', 'rmsprop', 'adam']);

/** Whether the optimizer scales each weight's step by its own gradient history. */
export function isAdaptive(settings: Settings): boolean {
  return ADAPTIVE.has(settings.optimizer);
}

/**
 * Whether a step's batch is only part of the data (so its gradient is noisy): sampling with
 * replacement, or an epoch that takes more than one batch (B < N). The trace's epoch counter
 * tells the latter: with B = N every step starts a new epoch.
 */
export function isNoisyRun(trace: Trace, settings: Settings): boolean {
  if (settings.shuffle === 'replacement') return true;
  return trace.steps >= 2 && trace.epoch[2] === trace.epoch[1];
}

/** Whether every finite value is positive (a log axis shows them all). */
function allPositive(...series: ArrayLike<number>[]): boolean {
  for (const s of series) for (let i = 0; i < s.length; i++) if (s[i] <= 0) return false;
  return true;
}

/** ‖g‖ of the mini-batch gradient each step used (NaN at step 0). */
export function batchGradNorms(trace: Trace): Float64Array {
  const out = new Float64Array(trace.batchGradX.length);
  for (let t = 0; t < out.length; t++) out[t] = Math.hypot(trace.batchGradX[t], trace.batchGradY[t]);
  return out;
}

/** Weight j's effective learning rate per step: the engine's one definition (engine/diagnostics/effective-rate.ts). */
export function effectiveLrSeries(trace: Trace, j: 0 | 1): Float64Array {
  return effectiveRateSeries(trace, j);
}

/** One line saying what the effective rate is for this optimizer, as the engine computes it. */
export function effectiveLrCaption(settings: Settings, t: Translate = EN): string {
  switch (settings.optimizer) {
    case 'adagrad':
      return t('charts.effAdagrad');
    case 'rmsprop':
      return t('charts.effRmsprop');
    case 'adam':
      return t(settings.biasCorrection ? 'charts.effAdam' : 'charts.effAdamRaw');
    default:
      return t('charts.effPlain', { lr: settings.lr });
  }
}

/** A chart with a one-line caption under it. */
function Captioned({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-1">
      {children}
      <figcaption className="text-xs text-slate-600">{caption}</figcaption>
    </figure>
  );
}

/** The run's charts in a responsive grid (see file note). */
export function RunCharts({ trace, settings, upTo }: RunChartsProps) {
  const t = useTranslations('player');
  const total = trace.steps;
  const noisy = isNoisyRun(trace, settings);
  // Noisy per-batch lines come first, so they are drawn behind the full-data lines.
  const loss: ChartSeries[] = [
    { label: t('charts.batch'), color: COLORS.batch, values: trace.batchLoss },
    { label: t('charts.train'), color: COLORS.train, values: trace.trainLoss },
    { label: t('charts.test'), color: COLORS.test, values: trace.testLoss, dashed: true },
  ];
  const grad: ChartSeries[] = [
    ...(noisy ? [{ label: t('charts.batchNorm'), color: COLORS.batch, values: batchGradNorms(trace) }] : []),
    { label: t('charts.fullNorm'), color: COLORS.grad, values: trace.gradNorm },
  ];
  const common = { upTo, total, marker: true, translate: t } as const;
  return (
    <div className="@container" data-testid="player.charts">
      <div className="grid grid-cols-1 gap-4 @xl:grid-cols-2">
        <Captioned caption={t('charts.lossCaption')}>
          <LineChart {...common} title={t('charts.loss')} testId="player.chart.loss" yLabel={t('charts.lossAxis')} log={allPositive(trace.trainLoss, trace.testLoss, trace.batchLoss)} series={loss} />
        </Captioned>
        <Captioned
          caption={t(noisy ? 'charts.gradNoisy' : 'charts.gradFull')}
        >
          <LineChart {...common} title={t('charts.grad')} testId="player.chart.grad" yLabel={t('charts.gradAxis')} log series={grad} />
        </Captioned>
        {isAdaptive(settings) ? (
          <Captioned caption={effectiveLrCaption(settings, t)}>
            <LineChart
              {...common}
              title={t('charts.effLr')}
              testId="player.chart.efflr"
              yLabel={t('charts.effLrAxis')}
              log
              series={[
                { label: 'w₁', color: COLORS.w1, values: effectiveLrSeries(trace, 0) },
                { label: 'w₂', color: COLORS.w2, values: effectiveLrSeries(trace, 1), dashed: true },
              ]}
            />
          </Captioned>
        ) : null}
      </div>
    </div>
  );
}
