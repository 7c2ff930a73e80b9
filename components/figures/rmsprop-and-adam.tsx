/**
 * Figures of the lesson "rmsprop-and-adam" (registered in index.ts; names end in "Figure").
 *
 * BiasFactorFigure: how much larger Adam's step is without bias correction than with it, under a
 * steady gradient: (1 − β₁ᵗ)/√(1 − β₂ᵗ), against the step t (log scale), for β₁ = 0.9 and
 * β₂ = 0.9, 0.99, 0.999. Above the line at 1 the uncorrected steps are too large, below it too
 * small. Pure math, computed during render: a server component that reads without JavaScript.
 */
import { useTranslations } from 'next-intl';

const W = 640;
const H = 280;
const PAD = { left: 48, right: 24, top: 16, bottom: 40 };
const PW = W - PAD.left - PAD.right;
const PH = H - PAD.top - PAD.bottom;
const T_MAX = 5000;
const Y_MAX = 7;
const BETA1 = 0.9;

/** Uncorrected ÷ corrected Adam step under a steady gradient at step t. */
export function biasFactor(t: number, beta1: number, beta2: number): number {
  return (1 - beta1 ** t) / Math.sqrt(1 - beta2 ** t);
}

const sx = (t: number) => PAD.left + (Math.log10(t) / Math.log10(T_MAX)) * PW;
const sy = (f: number) => PAD.top + (1 - Math.min(f, Y_MAX) / Y_MAX) * PH;

/** Steps 1…T_MAX, spaced evenly on the log axis. */
const STEPS = Array.from(new Set(Array.from({ length: 200 }, (_, i) => Math.round(T_MAX ** (i / 199))))).sort((a, b) => a - b);

const CURVES = [
  { beta2: 0.999, line: 'stroke-indigo-600', text: 'fill-indigo-700' },
  { beta2: 0.99, line: 'stroke-teal-600', text: 'fill-teal-700' },
  { beta2: 0.9, line: 'stroke-amber-600', text: 'fill-amber-700' },
] as const;

function peak(beta2: number): { t: number; f: number } {
  let best = { t: 1, f: biasFactor(1, BETA1, beta2) };
  for (let t = 2; t <= T_MAX; t++) {
    const f = biasFactor(t, BETA1, beta2);
    if (f > best.f) best = { t, f };
  }
  return best;
}

export function BiasFactorFigure() {
  const tr = useTranslations('course.figures');
  const curves = CURVES.map((c) => ({
    ...c,
    d: STEPS.map((t, i) => `${i === 0 ? 'M' : 'L'}${sx(t).toFixed(1)},${sy(biasFactor(t, BETA1, c.beta2)).toFixed(1)}`).join(''),
    first: biasFactor(1, BETA1, c.beta2),
    peak: peak(c.beta2),
    last: biasFactor(T_MAX, BETA1, c.beta2),
  }));
  const label = tr('biasFactor.label', {
    tMax: String(T_MAX),
    beta1: String(BETA1),
    curves: curves
      .map((c) =>
        tr('biasFactor.curve', {
          beta2: String(c.beta2),
          first: c.first.toFixed(2),
          peak: c.peak.f.toFixed(2),
          peakT: String(c.peak.t),
          last: c.last.toFixed(3),
          tMax: String(T_MAX),
        }),
      )
      .join(tr('separator')),
  });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {[0, 1, 2, 3, 4, 5, 6, 7].map((f) => (
          <g key={f}>
            <line x1={PAD.left} y1={sy(f)} x2={PAD.left + PW} y2={sy(f)} className={f === 1 ? 'stroke-slate-500' : 'stroke-slate-200'} strokeDasharray={f === 1 ? '4 3' : undefined} />
            <text x={PAD.left - 8} y={sy(f) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
              {f}
            </text>
          </g>
        ))}
        <text x={sx(300)} y={sy(1) + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
          {tr('biasFactor.corrected')}
        </text>
        {[1, 10, 100, 1000, T_MAX].map((t) => (
          <text key={t} x={sx(t)} y={PAD.top + PH + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
            {t}
          </text>
        ))}
        <text x={PAD.left + PW / 2} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {tr('stepTLog')}
        </text>
        {curves.map((c) => (
          <g key={c.beta2}>
            <path d={c.d} fill="none" strokeWidth={2} className={c.line} />
            <text x={c.beta2 === 0.9 ? sx(2) : sx(c.peak.t) + 8} y={c.beta2 === 0.9 ? sy(biasFactor(2, BETA1, 0.9)) + 18 : sy(c.peak.f) - 8} className={`${c.text} text-[11px]`}>
              {c.beta2 === 0.999 ? tr('biasFactor.peak', { beta2: String(c.beta2), peak: c.peak.f.toFixed(2), peakT: String(c.peak.t) }) : `β₂ = ${c.beta2}`}
            </text>
          </g>
        ))}
        <circle cx={sx(curves[0].peak.t)} cy={sy(curves[0].peak.f)} r={3.5} className="fill-indigo-600" />
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">{tr('biasFactor.caption', { beta1: String(BETA1) })}</figcaption>
    </figure>
  );
}

