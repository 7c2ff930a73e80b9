'use client';
/**
 * Figures of the lesson "batch-size-and-shuffling" (registered in index.ts; names end in "Figure").
 * ShuffleSawtoothFigure: the train loss of SGD on the cats-then-dogs data (stored in class order),
 * simulated by the engine, without shuffling against a chosen shuffle mode, over three epochs.
 */
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { DEFAULT_SETTINGS, defineLevel, simulate, type ShuffleMode } from '@/engine';

const N = 256;
const B = 4;
const EPOCHS = 3;
const STEPS = (N / B) * EPOCHS;
const OTHERS = ['epoch', 'once', 'replacement'] as const satisfies readonly ShuffleMode[];

/** Train loss after each of STEPS updates (B = 4, η = 1, plain SGD, start (0, 0)) for a shuffle mode. */
export function sawtooth(mode: ShuffleMode, seed = 1): number[] {
  const level = defineLevel({
    landscape: { family: 'cats-dogs', params: { ordered: true }, variation: { n: N } },
    start: [0, 0],
    goal: { kind: 'loss', split: 'train', below: -1 },
    budget: STEPS,
  });
  const t = simulate(level, { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 1, batchSize: B, shuffle: mode }, seed, { record: 'every-step' });
  return Array.from(t.trainLoss.subarray(0, t.steps + 1));
}

export function ShuffleSawtoothFigure() {
  const t = useTranslations('course.figures.shuffle');
  const mode = (m: ShuffleMode) => t(`modes.${m}`);
  const [other, setOther] = useState<(typeof OTHERS)[number]>('epoch');
  const none = useMemo(() => sawtooth('none'), []);
  const mixed = useMemo(() => sawtooth(other), [other]);
  const w = 640;
  const h = 240;
  const pad = { l: 44, r: 10, t: 12, b: 30 };
  const lo = Math.min(...none.slice(N / B / 2), ...mixed.slice(N / B / 2));
  const hi = Math.max(...none.slice(N / B / 2), ...mixed.slice(N / B / 2));
  const span = hi - lo || 1;
  const y0 = lo - 0.08 * span;
  const y1 = hi + 0.08 * span;
  const X = (i: number) => pad.l + (i / STEPS) * (w - pad.l - pad.r);
  const Y = (v: number) => pad.t + ((y1 - Math.min(Math.max(v, y0), y1)) / (y1 - y0)) * (h - pad.t - pad.b);
  const path = (vs: number[]) => vs.map((v, i) => `${i === 0 ? 'M' : 'L'}${X(i).toFixed(1)},${Y(v).toFixed(1)}`).join('');
  const perEpoch = N / B;
  const ticks = [y0 + 0.08 * span, (lo + hi) / 2, hi];
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t('group')}>
        <span className="text-slate-600">{t('compare')}</span>
        {OTHERS.map((m) => (
          <button
            key={m}
            type="button"
            onClick={() => setOther(m)}
            aria-pressed={other === m}
            className={`rounded-full border px-3 py-1 ${other === m ? 'border-sky-700 bg-sky-700 text-white' : 'border-slate-300 text-slate-700 hover:border-sky-500'}`}
          >
            {mode(m)}
          </button>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        className="w-full"
        role="img"
        aria-label={t('label', { epochs: String(EPOCHS), perEpoch: String(perEpoch), mode: mode(other) })}
      >
        {Array.from({ length: EPOCHS }, (_, e) => (
          <g key={e}>
            <rect x={X(e * perEpoch)} y={pad.t} width={X(perEpoch / 2) - X(0)} height={h - pad.t - pad.b} className="fill-amber-50" />
            <text x={X(e * perEpoch + perEpoch / 4)} y={h - pad.b - 4} textAnchor="middle" className="fill-amber-700 text-[10px]">{t('cats')}</text>
            <text x={X(e * perEpoch + (3 * perEpoch) / 4)} y={h - pad.b - 4} textAnchor="middle" className="fill-slate-500 text-[10px]">{t('dogs')}</text>
            <line x1={X(e * perEpoch)} x2={X(e * perEpoch)} y1={pad.t} y2={h - pad.b} className="stroke-slate-300" strokeDasharray="3 3" />
            <text x={X(e * perEpoch) + 3} y={pad.t + 10} className="fill-slate-400 text-[10px]">{t('epoch', { n: String(e + 1) })}</text>
          </g>
        ))}
        {ticks.map((v) => (
          <text key={v} x={pad.l - 4} y={Y(v) + 3} textAnchor="end" className="fill-slate-500 text-[10px]">{v.toFixed(2)}</text>
        ))}
        <line x1={pad.l} x2={pad.l} y1={pad.t} y2={h - pad.b} className="stroke-slate-400" />
        <line x1={pad.l} x2={w - pad.r} y1={h - pad.b} y2={h - pad.b} className="stroke-slate-400" />
        <text x={(w + pad.l) / 2} y={h - 6} textAnchor="middle" className="fill-slate-600 text-[11px]">{t('xAxis', { b: String(B), perEpoch: String(perEpoch) })}</text>
        <path d={path(none)} className="fill-none stroke-rose-600" strokeWidth={1.6} />
        <path d={path(mixed)} className="fill-none stroke-sky-600" strokeWidth={1.6} />
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">
        {t.rich('caption', {
          n: String(N),
          b: String(B),
          mode: mode(other),
          red: (chunks) => <span className="text-rose-700">{chunks}</span>,
          blue: (chunks) => <span className="text-sky-700">{chunks}</span>,
        })}
      </figcaption>
    </figure>
  );
}

