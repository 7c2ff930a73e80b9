/**
 * Figures of the lesson "adagrad" (registered in index.ts; names end in "Figure").
 *
 * AdaGradRateFigure: the effective learning rate of w₁ (engine/diagnostics/effective-rate.ts,
 * η/(√v + ε)) at every step of two engine runs down the long, gentle slope of the "rate-decay"
 * phenomenon (engine/phenomena/adaptive.ts: same level, same settings): AdaGrad, whose v is the
 * sum of all squared gradients, and RMSprop (ρ = 0.9), whose v is a moving average. A server
 * component: the runs are simulated during render (a few hundred steps of a 2-D problem), so the
 * figure reads without JavaScript.
 */
import { useTranslations } from 'next-intl';
import { DEFAULT_SETTINGS, effectiveRateSeries, simulate } from '@/engine';
import { slopeLevel } from '@/engine/phenomena/adaptive';

const STEPS = 400; // on the slope, before the cliff
const W = 640;
const H = 280;
const PAD = { left: 52, right: 96, top: 16, bottom: 40 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const Y_MIN = 0.05;
const Y_MAX = 20;

interface Series {
  readonly name: string;
  readonly rates: number[]; // index 0 = step 1
  readonly distance: number; // distance covered along w₁ by step STEPS
}

/** Effective rate of w₁ at steps 1…STEPS, and the distance covered, for one optimizer (the rate-decay settings). */
export function slopeRun(optimizer: 'adagrad' | 'rmsprop'): Omit<Series, 'name'> {
  const t = simulate(slopeLevel(), { ...DEFAULT_SETTINGS, batchSize: 1, optimizer, lr: 0.05, rho: 0.9 }, 1);
  const eff = effectiveRateSeries(t, 0);
  const n = Math.min(STEPS, t.steps);
  return { rates: Array.from({ length: n }, (_, i) => eff[i + 1]), distance: t.x[0] - t.x[n] };
}

const sx = (step: number) => PAD.left + ((step - 1) / (STEPS - 1)) * PLOT_W;
const sy = (rate: number) => {
  const r = Math.min(Y_MAX, Math.max(Y_MIN, rate));
  return PAD.top + (1 - Math.log10(r / Y_MIN) / Math.log10(Y_MAX / Y_MIN)) * PLOT_H;
};
const path = (rates: readonly number[]) => rates.map((r, i) => `${i === 0 ? 'M' : 'L'}${sx(i + 1).toFixed(1)},${sy(r).toFixed(1)}`).join('');
const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toPrecision(2));

const STYLE = {
  AdaGrad: { line: 'stroke-amber-600', text: 'fill-amber-700' },
  RMSprop: { line: 'stroke-indigo-600', text: 'fill-indigo-700' },
} as const;

export function AdaGradRateFigure() {
  const t = useTranslations('course.figures');
  const series: Series[] = [
    { name: 'AdaGrad', ...slopeRun('adagrad') },
    { name: 'RMSprop', ...slopeRun('rmsprop') },
  ];
  const [ada, rms] = series;
  const at = (s: Series, step: number) => s.rates[Math.min(step, s.rates.length) - 1];
  const label = t('adagrad.label', {
    steps: String(STEPS),
    ada1: fmt(at(ada, 1)),
    ada10: fmt(at(ada, 10)),
    adaN: fmt(at(ada, STEPS)),
    rms1: fmt(at(rms, 1)),
    rms10: fmt(at(rms, 10)),
    rmsN: fmt(at(rms, STEPS)),
    adaDistance: fmt(ada.distance),
    rmsDistance: fmt(rms.distance),
  });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {[0.1, 1, 10].map((r) => (
          <g key={r}>
            <line x1={PAD.left} y1={sy(r)} x2={PAD.left + PLOT_W} y2={sy(r)} className="stroke-slate-200" />
            <text x={PAD.left - 8} y={sy(r) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
              {r}
            </text>
          </g>
        ))}
        <line x1={PAD.left} y1={PAD.top + PLOT_H} x2={PAD.left + PLOT_W} y2={PAD.top + PLOT_H} className="stroke-slate-400" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + PLOT_H} className="stroke-slate-400" />
        {[1, 100, 200, 300, 400].map((s) => (
          <text key={s} x={sx(s)} y={PAD.top + PLOT_H + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
            {s}
          </text>
        ))}
        <text x={PAD.left + PLOT_W / 2} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('stepT')}
        </text>
        <text x={14} y={PAD.top + PLOT_H / 2} transform={`rotate(-90 14 ${PAD.top + PLOT_H / 2})`} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('adagrad.yAxis')}
        </text>
        {series.map((s) => {
          const last = s.rates[s.rates.length - 1];
          return (
            <g key={s.name}>
              <path d={path(s.rates)} fill="none" strokeWidth={2} className={STYLE[s.name as keyof typeof STYLE].line} />
              <text x={PAD.left + PLOT_W + 6} y={sy(last) + 4} className={`${STYLE[s.name as keyof typeof STYLE].text} text-[12px] font-semibold`}>
                {s.name}
              </text>
              <text x={PAD.left + PLOT_W + 6} y={sy(last) + 18} className="fill-slate-600 text-[11px]">
                {t('adagrad.went', { distance: fmt(s.distance) })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">{t('adagrad.caption', { steps: String(STEPS) })}</figcaption>
    </figure>
  );
}

