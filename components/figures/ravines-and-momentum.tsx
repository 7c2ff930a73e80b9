/**
 * Figures of the lesson "ravines-and-momentum" (registered in index.ts; names end in "Figure").
 *
 * MomentumWeightsFigure: the weight μᵏ that momentum's velocity gives the gradient k steps back
 * (v_t = η Σ μᵏ g_{t−k}), for a choice of μ, with the effective window 1/(1 − μ) marked, and
 * the two sums the lesson uses: a steady gradient (Σ μᵏ = 1/(1 − μ)) and one that flips sign
 * every step (Σ (−μ)ᵏ = 1/(1 + μ)). A server component: every μ's chart is computed during
 * render and the μ buttons are (visually hidden) radio inputs that show one chart with CSS (peer-checked), so the
 * figure works without JavaScript and needs no client boundary.
 */
import { useTranslations } from 'next-intl';

const K = 60; // bars drawn: k = 0 … K − 1
const W = 640;
const H = 240;
const PAD = { left: 44, right: 16, top: 20, bottom: 40 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

/** Momentum's weights μᵏ on the gradients k = 0 … n − 1 steps back. */
export function momentumWeights(mu: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => mu ** k);
}

/** Sum of the weights on a steady gradient (1/(1 − μ)) and on one that alternates in sign (1/(1 + μ)). */
export function momentumGains(mu: number): { steady: number; alternating: number; window: number } {
  return { steady: 1 / (1 - mu), alternating: 1 / (1 + mu), window: 1 / (1 - mu) };
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The μ choices, each with its literal peer classes (Tailwind must see them written out). */
const CHOICES = [
  { mu: 0, peer: 'peer/m0', show: 'peer-checked/m0:block', on: 'peer-checked/m0:bg-indigo-600 peer-checked/m0:text-white peer-focus-visible/m0:ring-2 peer-focus-visible/m0:ring-indigo-400' },
  { mu: 0.5, peer: 'peer/m1', show: 'peer-checked/m1:block', on: 'peer-checked/m1:bg-indigo-600 peer-checked/m1:text-white peer-focus-visible/m1:ring-2 peer-focus-visible/m1:ring-indigo-400' },
  { mu: 0.8, peer: 'peer/m2', show: 'peer-checked/m2:block', on: 'peer-checked/m2:bg-indigo-600 peer-checked/m2:text-white peer-focus-visible/m2:ring-2 peer-focus-visible/m2:ring-indigo-400' },
  { mu: 0.9, peer: 'peer/m3', show: 'peer-checked/m3:block', on: 'peer-checked/m3:bg-indigo-600 peer-checked/m3:text-white peer-focus-visible/m3:ring-2 peer-focus-visible/m3:ring-indigo-400' },
  { mu: 0.95, peer: 'peer/m4', show: 'peer-checked/m4:block', on: 'peer-checked/m4:bg-indigo-600 peer-checked/m4:text-white peer-focus-visible/m4:ring-2 peer-focus-visible/m4:ring-indigo-400' },
  { mu: 0.99, peer: 'peer/m5', show: 'peer-checked/m5:block', on: 'peer-checked/m5:bg-indigo-600 peer-checked/m5:text-white peer-focus-visible/m5:ring-2 peer-focus-visible/m5:ring-indigo-400' },
] as const;
const DEFAULT_MU = 0.9;

function WeightsChart({ mu }: { mu: number }) {
  const t = useTranslations('course.figures.momentum');
  const weights = momentumWeights(mu, K);
  const { steady, alternating, window } = momentumGains(mu);
  const barW = PLOT_W / K;
  const x = (k: number) => PAD.left + k * barW;
  const y = (w: number) => PAD.top + (1 - w) * PLOT_H;
  const windowX = Math.min(x(window), PAD.left + PLOT_W);
  const label = t('label', { mu: String(mu), shape: t(mu === 0 ? 'newestOnly' : 'geometric'), steady: fmt(steady), alternating: fmt(alternating) });
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        <rect x={PAD.left} y={PAD.top} width={windowX - PAD.left} height={PLOT_H} className="fill-indigo-50" />
        <line x1={PAD.left} y1={PAD.top + PLOT_H} x2={PAD.left + PLOT_W} y2={PAD.top + PLOT_H} className="stroke-slate-400" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + PLOT_H} className="stroke-slate-400" />
        {[0, 0.5, 1].map((w) => (
          <g key={w}>
            <line x1={PAD.left - 4} y1={y(w)} x2={PAD.left} y2={y(w)} className="stroke-slate-400" />
            <text x={PAD.left - 8} y={y(w) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
              {w}
            </text>
          </g>
        ))}
        {[0, 10, 20, 30, 40, 50].map((k) => (
          <text key={k} x={x(k) + barW / 2} y={PAD.top + PLOT_H + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
            {k}
          </text>
        ))}
        <text x={PAD.left + PLOT_W / 2} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('xAxis')}
        </text>
        <text x={12} y={PAD.top + PLOT_H / 2} transform={`rotate(-90 12 ${PAD.top + PLOT_H / 2})`} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('yAxis')}
        </text>
        {weights.map((w, k) => (
          <rect key={k} x={x(k) + 0.5} y={y(w)} width={Math.max(barW - 1, 0.5)} height={PAD.top + PLOT_H - y(w)} className={k < window ? 'fill-indigo-500' : 'fill-indigo-200'} />
        ))}
        <line x1={windowX} y1={PAD.top} x2={windowX} y2={PAD.top + PLOT_H} className="stroke-indigo-700" strokeDasharray="4 3" />
        <text x={Math.min(windowX + 6, PAD.left + PLOT_W - 170)} y={PAD.top + 14} className="fill-indigo-800 text-[12px]">
          {t(window > K ? 'windowOff' : 'window', { window: fmt(window) })}
        </text>
      </svg>
      <p className="mt-2 flex flex-wrap gap-x-6 text-sm text-slate-800">
        <span>{t.rich('steady', { steady: fmt(steady), b: (chunks) => <strong className="tabular-nums">{chunks}</strong> })}</span>
        <span>{t.rich('alternating', { alternating: fmt(alternating), b: (chunks) => <strong className="tabular-nums">{chunks}</strong> })}</span>
      </p>
    </>
  );
}

export function MomentumWeightsFigure() {
  const t = useTranslations('course.figures.momentum');
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-x-1 gap-y-2 text-sm text-slate-800">
        <span className="mr-2">μ =</span>
        {CHOICES.map((c) => (
          <input key={c.mu} type="radio" name="momentum-weights-mu" id={`momentum-weights-mu-${c.mu}`} defaultChecked={c.mu === DEFAULT_MU} className={`${c.peer} sr-only`} />
        ))}
        {CHOICES.map((c) => (
          <label key={c.mu} htmlFor={`momentum-weights-mu-${c.mu}`} className={`cursor-pointer rounded-md border border-slate-300 px-2 py-0.5 tabular-nums hover:bg-indigo-50 ${c.on}`}>
            {c.mu}
          </label>
        ))}
        {CHOICES.map((c) => (
          <div key={c.mu} className={`hidden w-full basis-full ${c.show}`}>
            <WeightsChart mu={c.mu} />
          </div>
        ))}
      </div>
      <figcaption className="mt-2 text-sm text-slate-600">{t('caption')}</figcaption>
    </figure>
  );
}

