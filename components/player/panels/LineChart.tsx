/**
 * A small SVG line chart of per-step series up to the current step (loss curves, gradient
 * norm). Downsamples to at most MAX_POINTS per series; skips NaN gaps; optional log scale.
 * Pure rendering — works on the server too.
 */

const MAX_POINTS = 400;
const W = 320;
const H = 120;
const PAD = { l: 44, r: 8, t: 8, b: 18 };

export interface Series {
  readonly label: string;
  readonly color: string;
  readonly values: Float64Array;
  readonly dashed?: boolean;
}

export interface LineChartProps {
  readonly title: string;
  readonly series: readonly Series[];
  /** Draw steps 0…upTo. */
  readonly upTo: number;
  /** Total steps of the x axis. */
  readonly total: number;
  readonly log?: boolean;
  readonly testId: string;
}

function tick(v: number): string {
  const a = Math.abs(v);
  if (v === 0) return '0';
  return a >= 1e4 || a < 1e-2 ? v.toExponential(0) : Number(v.toPrecision(2)).toString();
}

export function LineChart({ title, series, upTo, total, log = false, testId }: LineChartProps) {
  const tf = (v: number) => (log ? Math.log10(Math.max(v, 1e-300)) : v);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (let i = 0; i <= upTo && i < s.values.length; i++) {
      const v = s.values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      const t = tf(v);
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  if (hi - lo < 1e-12) {
    hi += 0.5;
    lo -= 0.5;
  }
  const sx = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * i) / Math.max(1, total);
  const sy = (t: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - (t - lo) / (hi - lo));
  const stride = Math.max(1, Math.ceil(upTo / MAX_POINTS));
  const paths = series.map((s) => {
    let d = '';
    let pen = false;
    for (let i = 0; i <= upTo && i < s.values.length; i += i + stride > upTo && i !== upTo ? upTo - i : stride) {
      const v = s.values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${sx(i).toFixed(1)},${sy(tf(v)).toFixed(1)}`;
      pen = true;
    }
    return d;
  });
  const label = (t: number) => tick(log ? 10 ** t : t);
  return (
    <figure className="flex flex-col gap-1" data-testid={testId}>
      <figcaption className="flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
        <span className="font-semibold text-slate-800">{title}</span>
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-4" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full rounded bg-white ring-1 ring-slate-200" role="img" aria-label={`${title}, steps 0 to ${upTo}`}>
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} stroke="#cbd5e1" />
        <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} stroke="#cbd5e1" />
        <text x={PAD.l - 4} y={PAD.t + 8} fontSize="9" textAnchor="end" fill="#475569">
          {label(hi)}
        </text>
        <text x={PAD.l - 4} y={H - PAD.b} fontSize="9" textAnchor="end" fill="#475569">
          {label(lo)}
        </text>
        <text x={W - PAD.r} y={H - 4} fontSize="9" textAnchor="end" fill="#475569">
          step {total}
        </text>
        {paths.map((d, k) => (
          <path key={series[k].label} d={d} fill="none" stroke={series[k].color} strokeWidth="1.5" strokeDasharray={series[k].dashed ? '4 3' : undefined} />
        ))}
      </svg>
    </figure>
  );
}
