/**
 * A static line chart over steps, as server-rendered SVG (no hooks, no client JS): axes with
 * round ticks, linear or log10 y, series clipped to the plot, optional horizontal reference
 * lines and vertical step markers. Accessible: role="img" with a title and a description.
 */
import { num } from '@/engine/explain';
import { decimate, linearTicks, logTicks, makeScale, pathData, r1 } from './scale';

/** One line of a chart. */
export interface LineSeries {
  readonly label: string;
  /** Value at step t (index t); NaN where missing. */
  readonly values: ArrayLike<number>;
  readonly color: string;
  readonly dash?: string;
}

/** A labelled horizontal or vertical guide. */
export interface Guide {
  readonly at: number;
  readonly label: string;
  readonly color: string;
}

/** A shaded range of steps (e.g. a stall). */
export interface Band {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly color: string;
}

/** Props of LineChartSvg. */
export interface LineChartProps {
  /** Unique id prefix (title, description and clip-path ids). */
  readonly id: string;
  readonly title: string;
  /** A sentence for screen readers saying what the chart shows, with numbers. */
  readonly desc: string;
  readonly series: readonly LineSeries[];
  /** Last step drawn. */
  readonly last: number;
  readonly yLabel: string;
  readonly log?: boolean;
  /** Horizontal lines at y values. */
  readonly hGuides?: readonly Guide[];
  /** Vertical lines at steps. */
  readonly vGuides?: readonly Guide[];
  /** Shaded step ranges. */
  readonly bands?: readonly Band[];
  /** Cap the top near the first value (a diverging run): the blow-up leaves the plot instead of flattening the rest. */
  readonly clipBlowUp?: boolean;
}

const W = 420;
const H = 230;
const M = { left: 58, right: 12, top: 12, bottom: 42 };
const FONT = 14;

/** A line chart of per-step series (see file note). */
export function LineChartSvg({ id, title, desc, series, last, yLabel, log = false, hGuides = [], vGuides = [], bands = [], clipBlowUp = false }: LineChartProps) {
  const keep = log ? (v: number) => Number.isFinite(v) && v > 0 : Number.isFinite;
  const [y0, y1] = yRange(series, last, log, hGuides, clipBlowUp);
  const sx = makeScale(0, Math.max(1, last), M.left, W - M.right);
  const scaleY = makeScale(y0, y1, H - M.bottom, M.top, log);
  // Values far off the plot are pinned just outside it (huge coordinates break SVG paths).
  const sy = (v: number) => Math.min(2 * H, Math.max(-H, scaleY(v)));
  const xTicks = linearTicks(0, Math.max(1, last), 5).filter((t) => Number.isInteger(t));
  const yTicks = log ? logTicks(y0, y1) : linearTicks(y0, y1, 4);
  const clip = `${id}-clip`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top - 2} width={W - M.left - M.right} height={H - M.top - M.bottom + 4} />
        </clipPath>
      </defs>
      <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="#f8fafc" stroke="#cbd5e1" />
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={r1(sy(t))} y2={r1(sy(t))} stroke="#e2e8f0" />
          <text x={M.left - 6} y={r1(sy(t))} dy="0.32em" textAnchor="end" fontSize={FONT} fill="#475569">
            {num(t, 2)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t}`} x={r1(sx(t))} y={H - M.bottom + 16} textAnchor="middle" fontSize={FONT} fill="#475569">
          {t}
        </text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle" fontSize={FONT} fill="#334155">
        step
      </text>
      <text transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={FONT} fill="#334155">
        {yLabel}
      </text>
      <g clipPath={`url(#${clip})`}>
        {bands.map((b) => (
          <g key={`b${b.label}`}>
            <rect x={r1(sx(b.from))} y={M.top} width={Math.max(1, r1(sx(b.to) - sx(b.from)))} height={H - M.top - M.bottom} fill={b.color} fillOpacity="0.12" />
            <text x={r1(sx(b.from)) + 4} y={M.top + FONT + 2} fontSize={FONT - 1} fill={b.color}>
              {b.label}
            </text>
          </g>
        ))}
        {hGuides.map((g) => (
          <g key={`h${g.label}`}>
            <line x1={M.left} x2={W - M.right} y1={r1(sy(g.at))} y2={r1(sy(g.at))} stroke={g.color} strokeDasharray="4 3" />
            <text x={W - M.right - 4} y={r1(sy(g.at)) - 4} textAnchor="end" fontSize={FONT - 1} fill={g.color}>
              {g.label}
            </text>
          </g>
        ))}
        {vGuides.map((g) => (
          <g key={`v${g.label}`}>
            <line x1={r1(sx(g.at))} x2={r1(sx(g.at))} y1={M.top} y2={H - M.bottom} stroke={g.color} strokeDasharray="4 3" />
            <text x={r1(sx(g.at)) - 4} y={M.top + 12} textAnchor="end" fontSize={FONT - 1} fill={g.color}>
              {g.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <path
            key={s.label}
            d={pathData(decimate(s.values, last, 240, keep), sx, sy)}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeDasharray={s.dash}
            strokeLinejoin="round"
          />
        ))}
      </g>
    </svg>
  );
}

/**
 * The y range: all finite values and the guides. With `clip` (a diverging run) the top is capped
 * at the first value plus three times its distance to the minimum (eight decades on a log axis),
 * so the start stays readable and the blow-up leaves the plot.
 */
function yRange(series: readonly LineSeries[], last: number, log: boolean, guides: readonly Guide[], clip: boolean): [number, number] {
  const f = log ? Math.log10 : (v: number) => v;
  const ok = (v: number) => Number.isFinite(v) && (!log || v > 0);
  let lo = Infinity;
  let hi = -Infinity;
  let first = NaN;
  for (const s of series) {
    for (let t = 0; t <= last; t++) {
      const v = s.values[t];
      if (!ok(v)) continue;
      lo = Math.min(lo, f(v));
      hi = Math.max(hi, f(v));
      if (Number.isNaN(first)) first = f(v);
    }
  }
  if (!Number.isFinite(lo)) return log ? [0.1, 10] : [0, 1];
  if (clip) hi = Math.min(hi, log ? first + 8 : first + 3 * Math.max(first - lo, 0.5 * Math.abs(first), 1e-9));
  for (const g of guides) {
    if (!ok(g.at)) continue;
    lo = Math.min(lo, f(g.at));
    hi = Math.max(hi, f(g.at));
  }
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.05;
  const a = lo - pad;
  const b = hi + pad;
  return log ? [10 ** Math.max(a, b - 14), 10 ** b] : [a, b];
}
