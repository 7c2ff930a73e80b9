'use client';
/**
 * The colour legend of the 3-D view, an HTML overlay: the viridis bar (low loss at the bottom),
 * the surface's minimum and maximum, a few rounded loss values between, and "log scale" when the
 * heights are log(loss − min + δ) (the colours follow the heights).
 */
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { colormapCss } from './colormap';
import type { HeightMap } from './heights';
import { formatValue, lossTicks } from './ticks';

/** Inner ticks closer than this (in bar fraction) to an end are left out (the end is labelled). */
const END_GAP = 0.12;

/** The legend for a height map. */
export function Legend({ hm }: { hm: HeightMap }) {
  const t = useTranslations('player');
  const gradient = useMemo(
    () => `linear-gradient(to top, ${Array.from({ length: 11 }, (_, k) => `${colormapCss(k / 10)} ${k * 10}%`).join(', ')})`,
    [],
  );
  const inner = useMemo(() => lossTicks(hm, 4).filter((t) => t.unit > END_GAP && t.unit < 1 - END_GAP), [hm]);
  const log = hm.mode === 'log';
  const marks = [{ key: 'min', unit: 0, label: formatValue(hm.min) }, ...inner.map((t) => ({ key: `t${t.value}`, unit: t.unit, label: t.label })), { key: 'max', unit: 1, label: formatValue(hm.max) }];

  return (
    <div
      className="pointer-events-none absolute left-2 top-10 flex h-[42%] max-h-64 min-h-24 flex-col items-start gap-1"
      data-testid="scene.legend"
      data-scale={hm.mode}
    >
      <p className="rounded bg-white/85 px-1 text-[11px] font-semibold leading-tight text-slate-900">
        {t('scene.loss')}
        {log ? <span className="block text-[10px] font-normal text-slate-700">{t('scene.logScale')}</span> : null}
      </p>
      <div className="relative flex-1">
        <div className="h-full w-2.5 rounded-sm ring-1 ring-slate-900/30" style={{ background: gradient }} />
        {marks.map((m) => (
          <span
            key={m.key}
            className="absolute left-4 translate-y-1/2 whitespace-nowrap rounded-sm bg-white/80 px-0.5 text-[10px] leading-tight text-slate-800 tabular-nums"
            style={{ bottom: `${m.unit * 100}%` }}
            data-testid={m.key === 'min' || m.key === 'max' ? `scene.legend.${m.key}` : undefined}
          >
            {m.label}
          </span>
        ))}
      </div>
    </div>
  );
}
