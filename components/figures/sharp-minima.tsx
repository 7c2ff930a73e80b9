'use client';
/**
 * Figures of the lesson "sharp-minima" (registered in index.ts; names end in "Figure").
 *
 * StepFactorFigure: on a bowl of curvature λ one gradient-descent step multiplies the distance to
 * the bottom by |1 − ηλ|, so the ball can settle only where λ < 2/η. The two dots are the largest
 * curvatures at the bottoms of the narrow and the wide basin of "Sharp or flat?", computed by the
 * engine (Newton's method on the training loss, then the Hessian's eigenvalues); a slider sets η.
 */
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { curvatureAt, defineLevel, landscapeFor, DEFAULT_SETTINGS } from '@/engine';

interface Basin {
  /** Which basin: its name is the `course.figures.stepFactor.basins.<key>` message. */
  readonly key: 'sharp' | 'flat';
  readonly lambdaMax: number;
}

/** λmax at the training minimum of each basin of the sharp-flat landscape (computed once). */
function computeBasins(): Basin[] {
  const level = defineLevel({
    landscape: { family: 'sharp-flat', params: {} },
    start: [-1.1, 0.7],
    goal: { kind: 'region', center: [1.5, -0.5], radius: 0.6 },
    budget: 800,
  });
  const land = landscapeFor(level, { ...DEFAULT_SETTINGS, batchSize: 64 });
  return land.landmarks.map((m) => {
    let [x, y] = m.at;
    for (let k = 0; k < 20; k++) {
      const { grad, hessian: [a, b, d] } = curvatureAt(land, x, y);
      const det = a * d - b * b;
      x -= (d * grad[0] - b * grad[1]) / det;
      y -= (a * grad[1] - b * grad[0]) / det;
    }
    return { key: m.name === 'sharp' ? ('sharp' as const) : ('flat' as const), lambdaMax: Math.max(...curvatureAt(land, x, y).eigen.values) };
  });
}

let basins: Basin[] | null = null;
const getBasins = () => (basins ??= computeBasins());

// Plot geometry: λ on a log axis from 0.5 to 400, |1 − ηλ| from 0 to 4.
const W = 560;
const H = 260;
const PAD = { l: 44, r: 16, t: 14, b: 40 };
const L_MIN = 0.5;
const L_MAX = 400;
const F_MAX = 4;
const px = (lambda: number) => PAD.l + ((Math.log(lambda) - Math.log(L_MIN)) / (Math.log(L_MAX) - Math.log(L_MIN))) * (W - PAD.l - PAD.r);
const py = (f: number) => PAD.t + (1 - Math.min(f, F_MAX) / F_MAX) * (H - PAD.t - PAD.b);
const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

export function StepFactorFigure() {
  const t = useTranslations('course.figures');
  const [eta, setEta] = useState(0.045);
  const id = useId();
  const list = getBasins();
  const factor = (lambda: number) => Math.abs(1 - eta * lambda);
  const n = 240;
  const path = Array.from({ length: n + 1 }, (_, i) => {
    const lambda = L_MIN * Math.pow(L_MAX / L_MIN, i / n);
    return `${i === 0 ? 'M' : 'L'}${px(lambda).toFixed(1)},${py(factor(lambda)).toFixed(1)}`;
  }).join(' ');
  const limit = 2 / eta;
  const name = (b: Basin) => t(`stepFactor.basins.${b.key}`);
  const summary = list
    .map((b) => t(factor(b.lambdaMax) < 1 ? 'stepFactor.settles' : 'stepFactor.cannotSettle', { name: name(b), lambda: fmt(b.lambdaMax), factor: fmt(factor(b.lambdaMax)) }))
    .join(t('separator'));
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={t('stepFactor.label', { eta: String(eta), limit: fmt(limit), summary })}>
        <rect x={px(limit)} y={PAD.t} width={Math.max(0, px(L_MAX) - px(limit))} height={H - PAD.t - PAD.b} className="fill-rose-50" />
        {[0, 1, 2, 3, 4].map((f) => (
          <g key={f}>
            <line x1={PAD.l} x2={W - PAD.r} y1={py(f)} y2={py(f)} className={f === 1 ? 'stroke-slate-500' : 'stroke-slate-200'} strokeDasharray={f === 1 ? '4 3' : undefined} />
            <text x={PAD.l - 6} y={py(f) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">{f}</text>
          </g>
        ))}
        {[1, 10, 100].map((lambda) => (
          <text key={lambda} x={px(lambda)} y={H - PAD.b + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">{lambda}</text>
        ))}
        <text x={(PAD.l + W - PAD.r) / 2} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[12px]">{t('stepFactor.xAxis')}</text>
        <text x={12} y={(PAD.t + H - PAD.b) / 2} textAnchor="middle" className="fill-slate-700 text-[12px]" transform={`rotate(-90 12 ${(PAD.t + H - PAD.b) / 2})`}>|1 − ηλ|</text>
        <line x1={px(limit)} x2={px(limit)} y1={PAD.t} y2={H - PAD.b} className="stroke-rose-500" />
        <text x={px(limit) + 4} y={PAD.t + 12} className="fill-rose-700 text-[11px]">2/η = {fmt(limit)}</text>
        <line x1={px(1 / eta)} x2={px(1 / eta)} y1={py(0)} y2={py(0) - 8} className="stroke-slate-500" />
        <text x={px(1 / eta)} y={py(0) - 11} textAnchor="middle" className="fill-slate-600 text-[10px]">1/η</text>
        <path d={path} fill="none" className="stroke-indigo-600" strokeWidth={2} />
        {list.map((b) => {
          const ok = factor(b.lambdaMax) < 1;
          return (
            <g key={b.key}>
              <circle cx={px(b.lambdaMax)} cy={py(factor(b.lambdaMax))} r={5} className={ok ? 'fill-emerald-600' : 'fill-rose-600'} />
              <text x={px(b.lambdaMax)} y={py(factor(b.lambdaMax)) - 9} textAnchor="middle" className="fill-slate-800 text-[11px]">{name(b)}</text>
            </g>
          );
        })}
      </svg>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-800">
        <label htmlFor={id} className="font-medium">{t('learningRate', { eta: eta.toFixed(3) })}</label>
        <input id={id} type="range" min={0.005} max={0.06} step={0.001} value={eta} onChange={(e) => setEta(Number(e.target.value))} className="w-56 accent-indigo-600" />
      </div>
      <figcaption className="mt-2 text-sm leading-6 text-slate-700">{t('stepFactor.caption', { summary })}</figcaption>
    </figure>
  );
}

