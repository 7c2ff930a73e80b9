/**
 * The run's path over contour lines of the train loss (server-rendered SVG): the level's map
 * (./MapFrame.tsx: contours from a 64 × 64 grid, goal, landmarks, axes in parameter units), the
 * start and the final position.
 */
import { num } from '@/engine/explain';
import type { Landmark, Level, Trace } from '@/engine';
import type { ContourMap } from './prepare';
import { r1 } from '@/components/charts/downsample';
import { MAP_SIZE, MapFrame } from './MapFrame';

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

const S = MAP_SIZE;
const PATH_COLOR = '#be123c';
const MAX_PATH_POINTS = 800;

/** The trajectory over the contour map (see file note). */
export function TrajectorySvg({ id = 'chart-trajectory', map, trace, level, last, axes, landmarks }: TrajectoryProps) {
  const { box } = map;
  const stride = Math.max(1, Math.ceil(last / MAX_PATH_POINTS));
  const end: [number, number] = [trace.x[last], trace.y[last]];
  // A ball that left the map is marked where it crossed the edge (pinned to the frame).
  const pin = (v: number, [a, b]: readonly [number, number]) => Math.min(Math.max(a, b), Math.max(Math.min(a, b), v));
  const endShown: [number, number] = [pin(end[0], box.x), pin(end[1], box.y)];
  const goal = level.goal;
  const desc =
    `Contour map of the train loss over ${axes[0]} from ${num(box.x[0])} to ${num(box.x[1])} and ${axes[1]} from ${num(box.y[0])} to ${num(box.y[1])}. ` +
    `The ball starts at (${num(level.start[0])}, ${num(level.start[1])}) and ${trace.outcome === 'diverged' ? `leaves the map after step ${last}` : `ends at (${num(end[0])}, ${num(end[1])}) after ${trace.steps} steps`}; ` +
    (goal.kind === 'region' ? `the goal is a disc of radius ${num(goal.radius)} around (${num(goal.center[0])}, ${num(goal.center[1])}).` : `the goal is a ${goal.split} loss below ${num(goal.below, 3)}${goal.hold ? ', kept until the last step' : ''}.`);
  return (
    <MapFrame id={id} {...map} goal={goal} axes={axes} landmarks={landmarks} title="The ball’s path over the loss landscape" desc={desc}>
      {({ sx, sy }) => {
        const px = (t: number) => `${r1(Math.min(3 * S, Math.max(-2 * S, sx(trace.x[t]))))} ${r1(Math.min(3 * S, Math.max(-2 * S, sy(trace.y[t]))))}`;
        let path = '';
        for (let t = 0; t <= last; t += stride) path += `${t ? 'L' : 'M'}${px(t)}`;
        if (last % stride) path += `L${px(last)}`;
        return (
          <>
            <path d={path} fill="none" stroke="#ffffff" strokeWidth="4.5" strokeLinejoin="round" strokeOpacity="0.9" />
            <path d={path} fill="none" stroke={PATH_COLOR} strokeWidth="2" strokeLinejoin="round" />
            <circle cx={r1(sx(level.start[0]))} cy={r1(sy(level.start[1]))} r="5" fill="#ffffff" stroke="#0f172a" strokeWidth="2" />
            <circle cx={r1(sx(endShown[0]))} cy={r1(sy(endShown[1]))} r="6" fill={PATH_COLOR} stroke="#ffffff" strokeWidth="2" />
          </>
        );
      }}
    </MapFrame>
  );
}
