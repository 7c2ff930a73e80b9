'use client';
/**
 * Figures of the lesson "mini-batches" (registered in index.ts; names end in "Figure").
 * BatchDartboardFigure: batch gradients of the level "right-on-average" at its start, drawn by the
 * engine's sampler (seeded), scattered around the full gradient; a slider sets the batch size B.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { BatchSampler, createRng, gradientSpread, landscapeFor, levelDefaults, loadLevel, meanLoss, predictedBatchVariance } from '@/engine';
import rightOnAverage from '@/content/levels/right-on-average.json';

const SIZES = [1, 2, 4, 8, 16, 32, 64] as const;
const DRAWS = 48;

/** Per-example gradients at the level's start: the full gradient, σ², and DRAWS batch gradients for B. */
export function dartboard(b: number, draws = DRAWS, seed = 12) {
  const loaded = loadLevel(rightOnAverage);
  if (!loaded.ok) throw new Error('level right-on-average is invalid');
  const { level } = loaded;
  const land = landscapeFor(level, levelDefaults(level));
  const [x, y] = level.start;
  const { full, sigma2 } = gradientSpread(land, x, y);
  const n = land.train.n;
  const sampler = new BatchSampler(n, b, 'epoch', createRng(seed));
  const idx = new Int32Array(b);
  const out = new Float64Array(5);
  const batches: [number, number][] = [];
  while (batches.length < draws) {
    const count = sampler.next(idx);
    if (count !== b) continue;
    meanLoss(land, x, y, { ex: land.train, rows: idx, count, order: 1, norm: land.baseNorm, out });
    batches.push([out[0], out[1]]);
  }
  const mean: [number, number] = [batches.reduce((s, g) => s + g[0], 0) / draws, batches.reduce((s, g) => s + g[1], 0) / draws];
  const rms = Math.sqrt(batches.reduce((s, g) => s + (g[0] - full[0]) ** 2 + (g[1] - full[1]) ** 2, 0) / draws);
  const wholeEpochs = (draws * b) % n === 0;
  return { n, wholeEpochs, full, sigma: Math.sqrt(sigma2), predicted: Math.sqrt(predictedBatchVariance(sigma2, n, b)), batches, mean, rms, meanMiss: Math.hypot(mean[0] - full[0], mean[1] - full[1]) };
}

const fmt = (v: number) => (Math.abs(v) < 0.005 ? '0' : v.toPrecision(2));

export function BatchDartboardFigure() {
  const t = useTranslations('course.figures.dartboard');
  const [k, setK] = useState(0);
  const b = SIZES[k];
  const d = useMemo(() => dartboard(b), [b]);
  const sliderId = useId();
  const size = 320;
  const c = size / 2;
  const reach = 3 * d.sigma; // the same scale for every B, set by one example's spread
  const px = (v: number) => (v / reach) * (c - 12);
  const at = (g: [number, number] | readonly [number, number]) => [c + px(g[0] - d.full[0]), c - px(g[1] - d.full[1])] as const;
  const [mx, my] = at(d.mean);
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start">
        <svg
          viewBox={`0 0 ${size} ${size}`}
          className="w-full max-w-xs"
          role="img"
          aria-label={t('label', { draws: String(DRAWS), b: String(b), rms: fmt(d.rms), meanMiss: fmt(d.meanMiss) })}
        >
          {[1, 2, 3].map((r) => (
            <circle key={r} cx={c} cy={c} r={px(r * d.sigma)} className="fill-none stroke-slate-200" strokeDasharray={r === 1 ? undefined : '3 4'} />
          ))}
          <circle cx={c} cy={c} r={Math.max(px(d.predicted), 0.5)} className="fill-sky-100/60 stroke-sky-500" />
          {d.batches.map((g, i) => {
            const [gx, gy] = at(g);
            return <circle key={i} cx={gx} cy={gy} r={3.5} className="fill-amber-500/70 stroke-white" strokeWidth={0.5} />;
          })}
          <line x1={c - 9} y1={c} x2={c + 9} y2={c} className="stroke-slate-900" strokeWidth={2} />
          <line x1={c} y1={c - 9} x2={c} y2={c + 9} className="stroke-slate-900" strokeWidth={2} />
          <rect x={mx - 5} y={my - 5} width={10} height={10} transform={`rotate(45 ${mx} ${my})`} className="fill-none stroke-rose-600" strokeWidth={2} />
          <text x={c + px(d.sigma) * 0.71 + 4} y={c - px(d.sigma) * 0.71 - 4} className="fill-slate-400 text-[10px]">σ</text>
        </svg>
        <div className="w-full max-w-xs space-y-3 text-sm text-slate-700">
          <label htmlFor={sliderId} className="block font-semibold text-slate-900">
            {t.rich('slider', { b: String(b), n: String(d.n), muted: (chunks) => <span className="font-normal text-slate-500">{chunks}</span> })}
          </label>
          <input id={sliderId} type="range" min={0} max={SIZES.length - 1} step={1} value={k} onChange={(e) => setK(Number(e.target.value))} className="w-full accent-amber-600" aria-valuetext={`B = ${b}`} />
          <ul className="space-y-1">
            <li><span className="font-bold text-slate-900">+</span> {t('full', { length: fmt(Math.hypot(d.full[0], d.full[1])) })}</li>
            <li><span className="text-amber-600">●</span> {t('batches', { draws: String(DRAWS), rms: fmt(d.rms) })}</li>
            <li><span className="text-sky-600">○</span> {t('predicted', { predicted: fmt(d.predicted) })}</li>
            <li><span className="text-rose-600">◇</span> {t(d.wholeEpochs ? 'meanWhole' : 'mean', { miss: fmt(d.meanMiss) })}</li>
          </ul>
        </div>
      </div>
      <figcaption className="mt-3 text-sm text-slate-600">{t('caption')}</figcaption>
    </figure>
  );
}

