/**
 * The run's path over contour lines of the train loss (server-rendered SVG): contours from a
 * 64 × 64 grid (./contours.ts), the goal (a disc, or the goal's iso-line for train-loss goals),
 * named landmarks, the start and the final position. Axes are in parameter units.
 */
import { num } from '@/engine/explain';
import type { Landmark, Level, Trace } from '@/engine';
import type { ContourMap } from './prepare';
import { r1 } from '@/components/charts/downsample';
import { linearTicks, makeScale } from './scale';
import { GOAL_COLOR } from './LossChartSvg';

/** Props of TrajectorySvg. */
export interface TrajectoryProps {
  readonly id?: string;
  readonly map: ContourMap;
  readonly trace: Trace;
  readonly level: Level;
  readonly last: number;
  readonly axes: readonly [string, string];
  readonly landmarks: readonly Landmark[];
}

const S = 420;
const M = { left: 58, right: 12, top: 12, bottom: 50 };
const PATH_COLOR = '#be123c';
const MAX_PATH_POINTS = 800;

/** The trajectory over the contour map (see file note). */
export function TrajectorySvg({ id = 'chart-trajectory', map, trace, level, last, axes, landmarks }: TrajectoryProps) {
  const { box, n } = map;
  const sx = makeScale(box.x[0], box.x[1], M.left, S - M.right);
  const sy = makeScale(box.y[0], box.y[1], S - M.bottom, M.top);
  const gx = (i: number) => M.left + (i / (n - 1)) * (S - M.left - M.right);
  const gy = (j: number) => S - M.bottom - (j / (n - 1)) * (S - M.top - M.bottom);
  const linePath = (pts: readonly number[]) => pts.reduce((d, v, k) => (k % 2 ? d : `${d}${k ? 'L' : 'M'}${r1(gx(v))} ${r1(gy(pts[k + 1]))}`), '');
  const stride = Math.max(1, Math.ceil(last / MAX_PATH_POINTS));
  let path = '';
  const px = (t: number) => `${r1(Math.min(3 * S, Math.max(-2 * S, sx(trace.x[t]))))} ${r1(Math.min(3 * S, Math.max(-2 * S, sy(trace.y[t]))))}`;
  for (let t = 0; t <= last; t += stride) path += `${t ? 'L' : 'M'}${px(t)}`;
  if (last % stride) path += `L${px(last)}`;
  const clip = `${id}-clip`;
  const end: [number, number] = [trace.x[last], trace.y[last]];
  // A ball that left the map is marked where it crossed the edge (pinned to the frame).
  const pin = (v: number, [a, b]: readonly [number, number]) => Math.min(Math.max(a, b), Math.max(Math.min(a, b), v));
  const endShown: [number, number] = [pin(end[0], box.x), pin(end[1], box.y)];
  const goal = level.goal;
  const levels = map.levels.length;
  const desc =
    `Contour map of the train loss over ${axes[0]} from ${num(box.x[0])} to ${num(box.x[1])} and ${axes[1]} from ${num(box.y[0])} to ${num(box.y[1])}. ` +
    `The ball starts at (${num(level.start[0])}, ${num(level.start[1])}) and ${trace.outcome === 'diverged' ? `leaves the map after step ${last}` : `ends at (${num(end[0])}, ${num(end[1])}) after ${trace.steps} steps`}; ` +
    (goal.kind === 'region' ? `the goal is a disc of radius ${num(goal.radius)} around (${num(goal.center[0])}, ${num(goal.center[1])}).` : `the goal is a ${goal.split} loss below ${num(goal.below, 3)}${goal.hold ? ', kept until the last step' : ''}.`);
  return (
    <svg viewBox={`0 0 ${S} ${S}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid={id}>
      <title id={`${id}-title`}>The ball’s path over the loss landscape</title>
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
        {map.levels.map((l, k) => (
          <path key={k} d={l.lines.map(linePath).join('')} fill="none" stroke={contourColor(k, levels)} strokeWidth="1" />
        ))}
        {goal.kind === 'region' ? (
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
        ) : map.goalLines ? (
          <path d={map.goalLines.map(linePath).join('')} fill="none" stroke={GOAL_COLOR} strokeWidth="2.5" strokeDasharray="6 3" />
        ) : null}
        {landmarks.map((m) => (
          <g key={m.name} transform={`translate(${r1(sx(m.at[0]))} ${r1(sy(m.at[1]))})`}>
            <path d="M-4 -4L4 4M-4 4L4 -4" stroke="#1e293b" strokeWidth="1.5" />
            <text x="6" y="-6" fontSize="13" fill="#1e293b" stroke="#f8fafc" strokeWidth="3" paintOrder="stroke">
              {m.name}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#ffffff" strokeWidth="4.5" strokeLinejoin="round" strokeOpacity="0.9" />
        <path d={path} fill="none" stroke={PATH_COLOR} strokeWidth="2" strokeLinejoin="round" />
        <circle cx={r1(sx(level.start[0]))} cy={r1(sy(level.start[1]))} r="5" fill="#ffffff" stroke="#0f172a" strokeWidth="2" />
        <circle cx={r1(sx(endShown[0]))} cy={r1(sy(endShown[1]))} r="6" fill={PATH_COLOR} stroke="#ffffff" strokeWidth="2" />
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
