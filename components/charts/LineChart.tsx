/**
 * The line chart of per-step series used everywhere (player panels, explanation pages): pure
 * SVG, no hooks, so it renders on the server and on the client. Title and legend on top; x axis
 * in steps and y axis with nice ticks, tick labels, gridlines and axis titles; an optional log10
 * y axis, marked "log scale" on its title and ticked at powers of ten; each series thinned to
 * ≤ ~400 points with NaN entries skipped; steps after `upTo` are not drawn, and an optional
 * marker shows `upTo` as the current step. Accessible: role="img" with a summary of each series.
 * Its own words (the step axis, "log scale", the summary) come from `translate`, a translator of
 * the `player` namespace (English by default), so the chart stays free of hooks.
 */
import { drawable, stepAxisTicks, yAxisFor } from './axes';
import { downsample, pathData, r1 } from './downsample';
import { layoutLegend, legendHeight } from './legend';
import { summarizeSeries } from './summary';
import { EN, type Translate } from '@/components/i18n/translate';

/** One line of a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  /** Value at step t (index t); NaN where missing. */
  readonly values: ArrayLike<number>;
  readonly dashed?: boolean;
}

/** A labelled horizontal (y value) or vertical (step) guide line. */
export interface ChartGuide {
  readonly at: number;
  readonly label: string;
  readonly color: string;
}

/** A shaded range of steps (e.g. a stall). */
export interface ChartBand {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly color: string;
}

/** Props of LineChart. */
export interface LineChartProps {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** Last step drawn (the current step in the player). */
  readonly upTo: number;
  /** Last step of the x axis (defaults to upTo). */
  readonly total?: number;
  /** log10 y axis (values ≤ 0 are skipped). */
  readonly log?: boolean;
  /** data-testid of the chart (also the prefix of its clip-path id). */
  readonly testId: string;
  /** y axis title ("loss"); " · log scale" is added on a log axis. */
  readonly yLabel?: string;
  readonly xLabel?: string;
  /** What a screen reader hears after the title (defaults to each series' first and last values). */
  readonly desc?: string;
  /** Draw a vertical line at upTo, the current step. */
  readonly marker?: boolean;
  /** Draw the legend (off where the page keys the lines itself). */
  readonly legend?: boolean;
  readonly hGuides?: readonly ChartGuide[];
  readonly vGuides?: readonly ChartGuide[];
  readonly bands?: readonly ChartBand[];
  /** Cap the top near the first value (a diverging run): the blow-up leaves the plot. */
  readonly clipBlowUp?: boolean;
  /** The chart's own words: `useTranslations('player')` or `getTranslations('player')` (default English). */
  readonly translate?: Translate;
}

const W = 420;
const H = 240;
const FONT = 12;
const M = { left: 62, right: 14, bottom: 38 };
const TITLE_HEIGHT = 22;
const AXIS = '#475569';
const GRID = '#e2e8f0';

/** A line chart of per-step series (see file note). */
export function LineChart(props: LineChartProps) {
  const { title, series, testId, log = false, yLabel, marker = false, legend = true, translate: t = EN } = props;
  const xLabel = props.xLabel ?? t('chart.step');
  const { hGuides = [], vGuides = [], bands = [], clipBlowUp = false } = props;
  const total = Math.max(1, Math.floor(props.total ?? props.upTo));
  const upTo = Math.max(0, Math.min(total, Math.floor(props.upTo)));
  const legendRows = legend ? layoutLegend(series, W - 16) : [];
  const top = TITLE_HEIGHT + legendHeight(legendRows) + 8;
  const plot = { x0: M.left, x1: W - M.right, y0: top, y1: H - M.bottom };

  const y = yAxisFor(
    series.map((s) => s.values),
    upTo,
    { log, include: hGuides.map((g) => g.at), clipBlowUp },
  );
  const fy = log ? Math.log10 : (v: number) => v;
  const [ya, yb] = [fy(y.min), fy(y.max)];
  const sx = (t: number) => plot.x0 + ((plot.x1 - plot.x0) * t) / total;
  // Values far off the plot are pinned just outside it (huge coordinates break SVG paths).
  const sy = (v: number) => Math.min(2 * H, Math.max(-H, plot.y1 - ((plot.y1 - plot.y0) * (fy(v) - ya)) / (yb - ya || 1)));
  const keep = drawable(log);
  const clipId = `clip-${testId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const axisTitle = log ? (yLabel ? t('chart.logAxisOf', { label: yLabel }) : t('chart.logAxis')) : (yLabel ?? '');
  const label = t(log ? 'chart.labelLog' : 'chart.label', { title, summary: props.desc ?? summarizeSeries(series, upTo, t) });

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-auto w-full rounded bg-white" data-testid={testId}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x0} y={plot.y0 - 2} width={plot.x1 - plot.x0} height={plot.y1 - plot.y0 + 4} />
        </clipPath>
      </defs>
      <text x={8} y={16} fontSize={FONT + 1} fontWeight="600" fill="#0f172a">
        {title}
      </text>
      {legendRows.map((row, r) =>
        row.map((item) => (
          <g key={item.series.label} transform={`translate(${item.x} ${TITLE_HEIGHT + 10 + r * 16})`}>
            <line x1={0} x2={18} y1={0} y2={0} stroke={item.series.color} strokeWidth="2.5" strokeDasharray={item.series.dashed ? '5 3' : undefined} />
            <text x={23} y={0} dy="0.32em" fontSize={FONT - 1} fill={AXIS}>
              {item.series.label}
            </text>
          </g>
        )),
      )}
      <rect x={plot.x0} y={plot.y0} width={plot.x1 - plot.x0} height={plot.y1 - plot.y0} fill="#f8fafc" stroke="#cbd5e1" />
      {y.ticks.map((t) => (
        <g key={`y${t.value}`}>
          <line x1={plot.x0} x2={plot.x1} y1={r1(sy(t.value))} y2={r1(sy(t.value))} stroke={GRID} />
          <text x={plot.x0 - 6} y={r1(sy(t.value))} dy="0.32em" textAnchor="end" fontSize={FONT} fill={AXIS}>
            {t.label}
          </text>
        </g>
      ))}
      {stepAxisTicks(total).map((t) => (
        <g key={`x${t.value}`}>
          <line x1={r1(sx(t.value))} x2={r1(sx(t.value))} y1={plot.y0} y2={plot.y1 + 4} stroke={GRID} />
          <text x={r1(sx(t.value))} y={plot.y1 + 16} textAnchor="middle" fontSize={FONT} fill={AXIS}>
            {t.label}
          </text>
        </g>
      ))}
      <text x={(plot.x0 + plot.x1) / 2} y={H - 6} textAnchor="middle" fontSize={FONT} fill="#334155">
        {xLabel}
      </text>
      <text transform={`translate(14 ${(plot.y0 + plot.y1) / 2}) rotate(-90)`} textAnchor="middle" fontSize={FONT} fill="#334155" fontStyle={log ? 'italic' : undefined}>
        {axisTitle}
      </text>
      <g clipPath={`url(#${clipId})`}>
        {bands.map((b) => (
          <g key={`b${b.label}`}>
            <rect x={r1(sx(b.from))} y={plot.y0} width={Math.max(1, r1(sx(b.to) - sx(b.from)))} height={plot.y1 - plot.y0} fill={b.color} fillOpacity="0.12" />
            <text x={r1(sx(b.from)) + 4} y={plot.y0 + FONT + 2} fontSize={FONT - 1} fill={b.color}>
              {b.label}
            </text>
          </g>
        ))}
        {hGuides.map((g) => (
          <g key={`h${g.label}`}>
            <line x1={plot.x0} x2={plot.x1} y1={r1(sy(g.at))} y2={r1(sy(g.at))} stroke={g.color} strokeDasharray="4 3" />
            <text x={plot.x1 - 4} y={r1(sy(g.at)) - 4} textAnchor="end" fontSize={FONT - 1} fill={g.color}>
              {g.label}
            </text>
          </g>
        ))}
        {vGuides.map((g) => (
          <g key={`v${g.label}`}>
            <line x1={r1(sx(g.at))} x2={r1(sx(g.at))} y1={plot.y0} y2={plot.y1} stroke={g.color} strokeDasharray="4 3" />
            <text x={r1(sx(g.at)) - 4} y={plot.y0 + 12} textAnchor="end" fontSize={FONT - 1} fill={g.color}>
              {g.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <path
            key={s.label}
            d={pathData(downsample(s.values, upTo, keep), sx, sy)}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeDasharray={s.dashed ? '6 4' : undefined}
            strokeLinejoin="round"
          />
        ))}
        {marker ? <line data-role="current-step" x1={r1(sx(upTo))} x2={r1(sx(upTo))} y1={plot.y0} y2={plot.y1} stroke="#0f172a" strokeOpacity="0.45" /> : null}
      </g>
    </svg>
  );
}
