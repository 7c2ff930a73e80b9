'use client';
/**
 * Figures of the lesson "saddle-points" (registered in index.ts; names end in "Figure").
 *
 * SaddleStallFigure: near a saddle, gradient descent multiplies the offset along the uphill
 * direction by (1 − ηλmax) and the offset along the downhill direction by (1 + η|λmin|) every
 * step. On a log scale the first falls and the second rises along straight lines: the distance
 * to the saddle dips into a V, and the bottom of the V is the stall. λmin and λmax are the
 * engine's Hessian eigenvalues of "Off the saddle" at the saddle; sliders set η and the start's
 * offset from the stable line.
 */
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { curvatureAt, defineLevel, landscapeFor, DEFAULT_SETTINGS } from '@/engine';

/** [λmin, λmax] of the saddle level's training loss at the saddle (computed once). */
function computeEigen(): [number, number] {
  const level = defineLevel({
    landscape: { family: 'saddle', params: {}, variation: { n: 64 } },
    start: [0.3, 1e-6],
    goal: { kind: 'loss', split: 'train', below: -0.5 },
    budget: 500,
  });
  const [lo, hi] = curvatureAt(landscapeFor(level, DEFAULT_SETTINGS), 0, 0).eigen.values;
  return [Math.min(lo, hi), Math.max(lo, hi)];
}
let eigen: [number, number] | null = null;
const getEigen = () => (eigen ??= computeEigen());

const W = 560;
const H = 260;
const PAD = { l: 48, r: 16, t: 14, b: 40 };
// Offsets on a log axis from 10⁻¹³ to 10¹, steps 0 to T.
const T = 1000;
const E_MIN = -13;
const E_MAX = 1;
const W1_START = 0.3;
const BUDGET = 500;
const px = (t: number) => PAD.l + (t / T) * (W - PAD.l - PAD.r);
const py = (log10: number) => PAD.t + (1 - (Math.min(Math.max(log10, E_MIN), E_MAX) - E_MIN) / (E_MAX - E_MIN)) * (H - PAD.t - PAD.b);
const sup = (n: number) => String(n).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);

export function SaddleStallFigure() {
  const tr = useTranslations('course.figures');
  const [eta, setEta] = useState(0.01);
  const [offsetExp, setOffsetExp] = useState(-6);
  const idEta = useId();
  const idOff = useId();
  const [lambdaMin, lambdaMax] = getEigen();
  const shrink = Math.log10(Math.abs(1 - eta * lambdaMax));
  const grow = Math.log10(1 + eta * Math.abs(lambdaMin));
  const logW1 = (t: number) => Math.log10(W1_START) + t * shrink;
  const logW2 = (t: number) => offsetExp + t * grow;
  const logDist = (t: number) => Math.log10(Math.hypot(10 ** logW1(t), 10 ** logW2(t)));
  const line = (f: (t: number) => number) =>
    Array.from({ length: 201 }, (_, i) => (i / 200) * T)
      .map((t, i) => `${i === 0 ? 'M' : 'L'}${px(t).toFixed(1)},${py(f(t)).toFixed(1)}`)
      .join(' ');
  // Steps until the downhill offset reaches 1 (about the distance to a valley), and the bottom of the V.
  const escape = Math.ceil(-offsetExp / grow);
  let bottom = 0;
  for (let t = 1; t <= T; t++) if (logDist(t) < logDist(bottom)) bottom = t;
  const minDist = logDist(bottom);
  const offset = '10' + sup(offsetExp);
  const label = tr('saddle.label', {
    eta: String(eta),
    offset,
    shrink: (1 - eta * lambdaMax).toFixed(3),
    grow: (1 + eta * Math.abs(lambdaMin)).toFixed(3),
    minDist: `10${sup(Math.round(minDist))}`,
    bottom: String(bottom),
    escape: tr(escape <= T ? 'saddle.escapeIn' : 'saddle.escapeOut', { step: String(escape) }),
  });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label={label}>
        {[-12, -9, -6, -3, 0].map((e) => (
          <g key={e}>
            <line x1={PAD.l} x2={W - PAD.r} y1={py(e)} y2={py(e)} className={e === 0 ? 'stroke-slate-500' : 'stroke-slate-200'} strokeDasharray={e === 0 ? '4 3' : undefined} />
            <text x={PAD.l - 6} y={py(e) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">{`10${sup(e)}`}</text>
          </g>
        ))}
        {[0, 250, 500, 750, 1000].map((t) => (
          <text key={t} x={px(t)} y={H - PAD.b + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">{t}</text>
        ))}
        <text x={(PAD.l + W - PAD.r) / 2} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[12px]">{tr('stepT')}</text>
        <line x1={px(BUDGET)} x2={px(BUDGET)} y1={PAD.t} y2={H - PAD.b} className="stroke-amber-500" strokeDasharray="2 3" />
        <text x={px(BUDGET) + 4} y={H - PAD.b - 6} className="fill-amber-700 text-[11px]">{tr('saddle.budget')}</text>
        <path d={line(logW1)} fill="none" className="stroke-sky-500" strokeWidth={1.5} strokeDasharray="5 3" />
        <path d={line(logW2)} fill="none" className="stroke-rose-500" strokeWidth={1.5} strokeDasharray="5 3" />
        <path d={line(logDist)} fill="none" className="stroke-indigo-700" strokeWidth={2.5} />
        <text x={px(30)} y={py(logW1(30)) - 8} className="fill-sky-700 text-[11px]">{tr('saddle.uphill')}</text>
        <text x={px(20)} y={Math.min(py(logW2(20)) + 16, H - PAD.b - 4)} className="fill-rose-700 text-[11px]">{tr('saddle.downhill')}</text>
        <text x={px(bottom)} y={Math.min(py(minDist) + 16, H - PAD.b - 4)} textAnchor="middle" className="fill-indigo-700 text-[11px]">{tr('saddle.distance')}</text>
        {escape <= T && <circle cx={px(escape)} cy={py(0)} r={5} className="fill-indigo-700" />}
      </svg>
      <div className="mt-3 grid gap-2 text-sm text-slate-800 sm:grid-cols-2">
        <label htmlFor={idEta} className="flex flex-col gap-1">
          <span className="font-medium">{tr('learningRate', { eta: eta.toFixed(3) })}</span>
          <input id={idEta} type="range" min={0.002} max={0.05} step={0.001} value={eta} onChange={(e) => setEta(Number(e.target.value))} className="accent-indigo-600" />
        </label>
        <label htmlFor={idOff} className="flex flex-col gap-1">
          <span className="font-medium">{tr('saddle.offset', { offset })}</span>
          <input id={idOff} type="range" min={-12} max={-2} step={1} value={offsetExp} onChange={(e) => setOffsetExp(Number(e.target.value))} className="accent-indigo-600" />
        </label>
      </div>
      <figcaption className="mt-2 text-sm leading-6 text-slate-700">
        {tr('saddle.caption', {
          lambdaMin: lambdaMin.toFixed(2),
          lambdaMax: lambdaMax.toFixed(2),
          escape: tr(escape <= T ? 'saddle.captionIn' : 'saddle.captionOut', { step: String(escape) }),
        })}
      </figcaption>
    </figure>
  );
}

