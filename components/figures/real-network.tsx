/**
 * Figures of the lesson "real-network" (registered in index.ts; names end in "Figure").
 *
 * TanhSaturationFigure: what each of the 8 hidden tanh units of the cars network (level
 * "cars-standardize") receives over the training cars, at its trained weights θ₀: with raw
 * horsepower and weight, and with both standardized. Each unit's bar spans the middle 90 % of
 * its pre-activations a = w·x + b over the cars; the shaded bands |a| > 3 are tanh's flat arms,
 * where tanh(a) is within 0.5 % of ±1 and passes back almost no gradient. A server component:
 * the numbers come from the engine's network (its rows loaded first, like the level's).
 */
import { useTranslations } from 'next-intl';
import { landscapeFor, levelDefaults, type Landscape } from '@/engine';
import { firstLayerUnit } from '@/engine/nn/mlp';
import { getLevel } from '@/content/levels';
import { levelIsReady, readyLevel } from '@/content/datasets/ready';

const W = 640;
const H = 330;
const PAD = { left: 150, right: 24, top: 28, bottom: 40 };
const PW = W - PAD.left - PAD.right;
const A = 8; // the horizontal axis runs over [−A, A]; beyond it, an arrow
const ROW = 14;

/** Pre-activations of every hidden unit over the training rows: [unit][row]. */
function preActivations(land: Landscape): number[][] {
  const plane = land.plane;
  if (!plane) throw new Error('the cars level is not a network slice');
  const { shape, theta0 } = plane;
  const ex = land.train;
  return Array.from({ length: shape.hidden }, (_, h) => Array.from({ length: ex.n }, (_, r) => firstLayerUnit(shape.inputs, shape.hidden, theta0, h, ex.data, r * ex.width)));
}

/** The q-quantile of sorted values. */
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

/** Per unit: the middle 90 % of its pre-activations, and the share of rows beyond ±3. */
export function saturationBands(): { standardized: boolean; units: { lo: number; hi: number }[]; saturated: number; typical: number }[] {
  const level = getLevel('cars-standardize');
  if (!level) throw new Error('level cars-standardize is missing');
  return [false, true].map((standardize) => {
    const pre = preActivations(landscapeFor(level, { ...levelDefaults(level), standardize }));
    let beyond = 0;
    let count = 0;
    const magnitudes = pre.flat().map(Math.abs).sort((a, b) => a - b);
    const units = pre.map((values) => {
      const sorted = [...values].sort((a, b) => a - b);
      beyond += values.filter((a) => Math.abs(a) > 3).length;
      count += values.length;
      return { lo: quantile(sorted, 0.05), hi: quantile(sorted, 0.95) };
    });
    return { standardized: standardize, units, saturated: beyond / count, typical: quantile(magnitudes, 0.5) };
  });
}

const sx = (a: number) => PAD.left + ((Math.max(-A, Math.min(A, a)) + A) / (2 * A)) * PW;

function Drawing() {
  const t = useTranslations('course.figures.tanh');
  const panels = saturationBands();
  const panelTop = (i: number) => PAD.top + i * (panels[0].units.length * ROW + 40);
  const percent = (standardized: boolean) => String(Math.round(100 * (panels.find((p) => p.standardized === standardized)?.saturated ?? 0)));
  const label = t('label', { raw: percent(false), std: percent(true) });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        <rect x={sx(-A)} y={PAD.top - 8} width={sx(-3) - sx(-A)} height={H - PAD.bottom - PAD.top + 8} className="fill-amber-50" />
        <rect x={sx(3)} y={PAD.top - 8} width={sx(A) - sx(3)} height={H - PAD.bottom - PAD.top + 8} className="fill-amber-50" />
        {[-8, -6, -3, 0, 3, 6, 8].map((a) => (
          <g key={a}>
            <line x1={sx(a)} y1={PAD.top - 8} x2={sx(a)} y2={H - PAD.bottom} className={a === 0 ? 'stroke-slate-400' : 'stroke-slate-200'} />
            <text x={sx(a)} y={H - PAD.bottom + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
              {a === A ? `≥ ${A}` : a === -A ? `≤ −${A}` : a}
            </text>
          </g>
        ))}
        <text x={PAD.left + PW / 2} y={H - 4} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('xAxis')}
        </text>
        {panels.map((p, i) => (
          <g key={String(p.standardized)}>
            <text x={8} y={panelTop(i) + 10} className="fill-slate-900 text-[12px] font-semibold">
              {t(p.standardized ? 'std' : 'raw')}
            </text>
            <text x={8} y={panelTop(i) + 26} className="fill-slate-600 text-[11px]">
              {t('flat', { percent: String(Math.round(100 * p.saturated)) })}
            </text>
            <text x={8} y={panelTop(i) + 40} className="fill-slate-600 text-[11px]">
              {t('typical', { value: p.typical >= 100 ? Math.round(p.typical).toLocaleString('en-US').replace(/,/g, '\u2009') : p.typical.toFixed(1) })}
            </text>
            {p.units.map((u, h) => {
              // A bar wholly beyond the axis is drawn as a block at its edge, pointing on.
              const off = u.lo > A ? 1 : u.hi < -A ? -1 : 0;
              const x0 = off === 1 ? sx(A) - 10 : sx(u.lo);
              const w = off !== 0 ? 10 : Math.max(2, sx(u.hi) - sx(u.lo));
              const y = panelTop(i) + h * ROW;
              return (
                <g key={h}>
                  <rect x={x0} y={y} width={w} height={ROW - 5} rx={2} className={p.standardized ? 'fill-indigo-500/80' : 'fill-rose-500/80'} />
                  {off !== 0 ? (
                    <text x={off === 1 ? sx(A) + 3 : sx(-A) - 3} y={y + ROW - 6} textAnchor={off === 1 ? 'start' : 'end'} className="fill-rose-700 text-[10px]">
                      {off === 1 ? '▸' : '◂'}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">{t('caption')}</figcaption>
    </figure>
  );
}

/** Its rows are loaded first on the server (the test setup and a level on the same page have usually done it). */
async function ReadiedDrawing() {
  const level = getLevel('cars-standardize');
  if (level) await readyLevel(level);
  return <Drawing />;
}

export function TanhSaturationFigure() {
  const level = getLevel('cars-standardize');
  return level && levelIsReady(level) ? <Drawing /> : <ReadiedDrawing />;
}
