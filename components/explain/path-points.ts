/**
 * A run's path, thinned for a live class view's swarm (components/live): at most `max` points,
 * evenly spaced in step index from the start to the last sane step (a diverged run stops where
 * it left the picture), the last point always kept, each coordinate rounded to 5 significant
 * digits. Flat `[x0, y0, x1, y1, …]`, small enough for a Postgres NOTIFY payload and a jsonb cell.
 */
import { lastSaneStep } from '@/engine/explain';
import type { Landscape, Trace } from '@/engine';

/** Points a stored path keeps at most. */
export const MAX_PATH_POINTS = 64;

const round5 = (v: number) => Number(v.toPrecision(5));

/** The thinned path (see file note); an empty array when even the start is not finite. */
export function pathPoints(trace: Trace, land: Landscape, max = MAX_PATH_POINTS): number[] {
  const last = lastSaneStep(trace, land);
  const out: number[] = [];
  const push = (t: number) => {
    const x = trace.x[t];
    const y = trace.y[t];
    if (Number.isFinite(x) && Number.isFinite(y)) out.push(round5(x), round5(y));
  };
  const count = Math.min(max, last + 1);
  for (let k = 0; k < count; k++) push(count === 1 ? 0 : Math.round((k * last) / (count - 1)));
  return out;
}
