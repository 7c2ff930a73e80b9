/**
 * Figures of the lesson "normalization" (registered in index.ts; names end in "Figure").
 *
 * BatchNormPairsFigure: the age feature of twelve people from the engine's age-and-salary
 * training set (level "batchnorm-batch-size"), normalized three ways with the engine's own
 * BatchNorm statistics (landscape.batchNorm.batchStats, ε = 1e-5): over a batch of 64, and over
 * two random pairings into batches of B = 2. Lines join each person's three values: at B = 64
 * they spread out; at B = 2 every value is ±1 and a person's sign flips with the partner.
 * A server component: the numbers are computed during render.
 */
import { useTranslations } from 'next-intl';
import { createRng, landscapeFor, levelDefaults, shuffleInPlace } from '@/engine';
import { getLevel } from '@/content/levels';

const W = 640;
const H = 250;
const PAD = { left: 150, right: 24, top: 20, bottom: 36 };
const PW = W - PAD.left - PAD.right;
const PEOPLE = 12;
const Z = 2.2; // the horizontal axis runs over [−Z, Z]

/** A row of the chart; its label is the `course.figures.batchNorm.rows.<row>` message. */
type RowKey = 'big' | 'pair1' | 'pair2';

/** Normalized age of the first PEOPLE rows: over the first 64 rows, and over two random pairings. */
export function normalizedAges(): { age: number[]; rows: { key: RowKey; z: number[] }[] } {
  const level = getLevel('batchnorm-batch-size');
  if (!level) throw new Error('level batchnorm-batch-size is missing');
  const land = landscapeFor(level, { ...levelDefaults(level), batchNorm: true });
  const bn = land.batchNorm;
  if (!bn) throw new Error('BatchNorm is not supported on this landscape');
  const ex = land.train;
  const age = Array.from({ length: PEOPLE }, (_, r) => ex.data[r * ex.width]);
  const stats = new Float64Array(5);
  const zOf = (r: number) => (ex.data[r * ex.width] - stats[0]) * stats[2];
  const big = Int32Array.from({ length: 64 }, (_, i) => i);
  bn.batchStats(ex, big, 64, stats);
  const rows: { key: RowKey; z: number[] }[] = [{ key: 'big', z: age.map((_, r) => zOf(r)) }];
  const rng = createRng(7);
  for (const key of ['pair1', 'pair2'] as const) {
    const order = Array.from({ length: PEOPLE }, (_, i) => i);
    shuffleInPlace(order, rng);
    const z = new Array<number>(PEOPLE).fill(0);
    for (let k = 0; k < PEOPLE; k += 2) {
      const pair = Int32Array.of(order[k], order[k + 1]);
      bn.batchStats(ex, pair, 2, stats);
      z[order[k]] = zOf(order[k]);
      z[order[k + 1]] = zOf(order[k + 1]);
    }
    rows.push({ key, z });
  }
  return { age, rows };
}

const sx = (z: number) => PAD.left + ((Math.max(-Z, Math.min(Z, z)) + Z) / (2 * Z)) * PW;
const rowY = (i: number) => PAD.top + 20 + i * 75;

export function BatchNormPairsFigure() {
  const t = useTranslations('course.figures.batchNorm');
  const { age, rows } = normalizedAges();
  const pm1 = rows.slice(1).every((r) => r.z.every((z) => Math.abs(Math.abs(z) - 1) < 1e-3));
  const flips = age.filter((_, p) => Math.sign(rows[1].z[p]) !== Math.sign(rows[2].z[p])).length;
  const label = t('label', {
    people: String(PEOPLE),
    youngest: String(Math.round(Math.min(...age))),
    oldest: String(Math.round(Math.max(...age))),
    lo: Math.min(...rows[0].z).toFixed(2),
    hi: Math.max(...rows[0].z).toFixed(2),
    roughly: pm1 ? '' : t('roughly'),
    flips: String(flips),
  });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {[-2, -1, 0, 1, 2].map((z) => (
          <g key={z}>
            <line x1={sx(z)} y1={PAD.top} x2={sx(z)} y2={H - PAD.bottom} className={z === 0 ? 'stroke-slate-400' : 'stroke-slate-200'} />
            <text x={sx(z)} y={H - PAD.bottom + 16} textAnchor="middle" className="fill-slate-600 text-[11px]">
              {z > 0 ? `+${z}` : z}
            </text>
          </g>
        ))}
        <text x={PAD.left + PW / 2} y={H - 4} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {t('xAxis')}
        </text>
        {age.map((_, p) => (
          <polyline
            key={p}
            points={rows.map((r, i) => `${sx(r.z[p]).toFixed(1)},${rowY(i)}`).join(' ')}
            fill="none"
            className="stroke-indigo-300"
            strokeWidth={1}
          />
        ))}
        {rows.map((r, i) => (
          <g key={r.key}>
            <text x={PAD.left - 12} y={rowY(i) + 4} textAnchor="end" className="fill-slate-700 text-[12px]">
              {t(`rows.${r.key}`)}
            </text>
            {r.z.map((z, p) => (
              <circle key={p} cx={sx(z)} cy={rowY(i)} r={4} className={i === 0 ? 'fill-indigo-600' : 'fill-amber-600'} opacity={0.75} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">{t('caption', { people: String(PEOPLE) })}</figcaption>
    </figure>
  );
}

