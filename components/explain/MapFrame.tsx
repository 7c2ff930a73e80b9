/**
 * A level's contour map as an SVG frame, with paths drawn inside it by the caller: the plot box,
 * axis ticks and names, contour lines of the train loss (./contours.ts), the goal (a disc, or
 * the goal's iso-line for train-loss goals) and named landmarks. Shared by a run's trajectory
 * (./TrajectorySvg.tsx, server-rendered) and the live class view's swarm (components/live).
 * `children` get the scales and sit in the plot's clip.
 */
import type { ReactNode } from 'react';
import { num } from '@/engine/explain';
import type { Box, Goal } from '@/engine';
import type { Polyline } from './contours';
import { r1 } from '@/components/charts/downsample';
import { linearTicks, makeScale } from './scale';
import { GOAL_COLOR } from './LossChartSvg';

/** What a map frame draws (a ContourMap's fields, and the level's goal). */
export interface MapFrameProps {
  readonly id: string;
  readonly box: Box;
  readonly n: number;
  readonly levels: readonly { readonly value: number; readonly lines: readonly Polyline[] }[];
  readonly goalLines: readonly Polyline[] | null;
  readonly goal: Goal | null;
  readonly axes: readonly [string, string];
  readonly landmarks: readonly { readonly name: string; readonly at: readonly [number, number] }[];
  readonly title: string;
  readonly desc: string;
  /** The paths, given the scales from parameter units to the SVG's. */
  readonly children: (scale: { sx: (x: number) => number; sy: (y: number) => number }) => ReactNode;
}

/** Side of the square SVG, in its own units. */
export const MAP_SIZE = 420;
const S = MAP_SIZE;
const M = { left: 58, right: 12, top: 12, bottom: 50 };

/** The frame (see file note). */
export function MapFrame({ id, box, n, levels, goalLines, goal, axes, landmarks, title, desc, children }: MapFrameProps) {
  const sx = makeScale(box.x[0], box.x[1], M.left, S - M.right);
  const sy = makeScale(box.y[0], box.y[1], S - M.bottom, M.top);
  const gx = (i: number) => M.left + (i / (n - 1)) * (S - M.left - M.right);
  const gy = (j: number) => S - M.bottom - (j / (n - 1)) * (S - M.top - M.bottom);
  const linePath = (pts: readonly number[]) => pts.reduce((d, v, k) => (k % 2 ? d : `${d}${k ? 'L' : 'M'}${r1(gx(v))} ${r1(gy(pts[k + 1]))}`), '');
  const clip = `${id}-clip`;
  return (
    <svg viewBox={`0 0 ${S} ${S}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top} width={S - M.left - M.right} height={S - M.top - M.bottom} />
        </clipPath>
      </defs>
      <rect x={M.left} y={M.top} width={S - M.left - M.right} height={S - M.top - M.bottom} fill="#f8fafc" stroke="#cbd5e1" />
      {linearTicks(box.x[0], box.x[1], 4).map((t) => (
        <text key={`x${t}`} x={r1(sx(t))} y={S - M.bottom + 16} textAnchor="middle" fontSize="14" fill="#475569">
          {num(t, 2)}
        </text>
      ))}
      {linearTicks(box.y[0], box.y[1], 4).map((t) => (
        <text key={`y${t}`} x={M.left - 6} y={r1(sy(t))} dy="0.32em" textAnchor="end" fontSize="14" fill="#475569">
          {num(t, 2)}
        </text>
      ))}
      <text x={(M.left + S - M.right) / 2} y={S - 14} textAnchor="middle" fontSize="14" fill="#334155">
        {axes[0]}
      </text>
      <text transform={`translate(14 ${(M.top + S - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="14" fill="#334155">
        {axes[1]}
      </text>
      <g clipPath={`url(#${clip})`}>
        {levels.map((l, k) => (
          <path key={k} d={l.lines.map(linePath).join('')} fill="none" stroke={contourColor(k, levels.length)} strokeWidth="1" />
        ))}
        {goal?.kind === 'region' ? (
          <ellipse
            cx={r1(sx(goal.center[0]))}
            cy={r1(sy(goal.center[1]))}
            rx={r1(Math.abs(sx(goal.center[0] + goal.radius) - sx(goal.center[0])))}
            ry={r1(Math.abs(sy(goal.center[1] + goal.radius) - sy(goal.center[1])))}
            fill={GOAL_COLOR}
            fillOpacity="0.15"
            stroke={GOAL_COLOR}
            strokeWidth="2"
          />
        ) : goalLines ? (
          <path d={goalLines.map(linePath).join('')} fill="none" stroke={GOAL_COLOR} strokeWidth="2.5" strokeDasharray="6 3" />
        ) : null}
        {landmarks.map((m) => (
          <g key={m.name} transform={`translate(${r1(sx(m.at[0]))} ${r1(sy(m.at[1]))})`}>
            <path d="M-4 -4L4 4M-4 4L4 -4" stroke="#1e293b" strokeWidth="1.5" />
            <text x="6" y="-6" fontSize="13" fill="#1e293b" stroke="#f8fafc" strokeWidth="3" paintOrder="stroke">
              {m.name}
            </text>
          </g>
        ))}
        {children({ sx, sy })}
      </g>
    </svg>
  );
}

/** Contour colors: low levels (k small) dark indigo, high levels light slate. */
function contourColor(k: number, count: number): string {
  const t = count > 1 ? k / (count - 1) : 0;
  const lo = [67, 56, 202]; // indigo-700
  const hi = [203, 213, 225]; // slate-300
  const c = lo.map((v, i) => Math.round(v + (hi[i] - v) * t));
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}
