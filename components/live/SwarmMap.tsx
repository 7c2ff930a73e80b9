/**
 * One level of the live class view: its map (components/explain/MapFrame.tsx) with the latest
 * runs' paths — a swarm of real students' paths — colored by the stars each earned, the newest
 * run drawn on top and thicker, and each path's end marked.
 */
import { useTranslations } from 'next-intl';
import { num } from '@/engine/explain';
import { r1 } from '@/components/charts/downsample';
import { MapFrame } from '@/components/explain/MapFrame';
import type { LiveLevel, LiveRun } from '@/content/contracts/live';

/** Path colors by stars: none (goal not reached on enough seeds), 1, 2, 3. */
export const STAR_COLORS = ['#94a3b8', '#d97706', '#0891b2', '#059669'] as const;

function pathD(path: readonly number[], sx: (x: number) => number, sy: (y: number) => number): string {
  let d = '';
  for (let k = 0; k + 1 < path.length; k += 2) d += `${k ? 'L' : 'M'}${r1(sx(path[k]))} ${r1(sy(path[k + 1]))}`;
  return d;
}

/** The level's swarm (see file note). */
export function SwarmMap({ level, runs, latest }: { level: LiveLevel; runs: readonly LiveRun[]; latest: string | null }) {
  const t = useTranslations('teacher');
  if (!level.map) return <p className="text-sm text-slate-600">{t('live.noMap')}</p>;
  const counts = [0, 1, 2, 3].map((s) => runs.filter((r) => r.stars === s).length);
  const name = level.title ?? t('live.theLevel');
  const desc = t(level.start ? 'live.mapDescStart' : 'live.mapDesc', {
    name,
    n: String(runs.length),
    counts: counts.map((c, s) => t('live.withStars', { c: String(c), s })).join(t('live.listSeparator')),
    x: level.start ? num(level.start[0]) : '',
    y: level.start ? num(level.start[1]) : '',
  });
  // Oldest first, so newer paths are drawn over older ones.
  const ordered = [...runs].reverse();
  return (
    <MapFrame id={`live-map-${level.position}`} {...level.map} goal={level.goal} axes={level.axes} landmarks={level.landmarks} title={t('live.mapTitle', { name: level.title ?? t('live.thisLevel') })} desc={desc}>
      {({ sx, sy }) => (
        <>
          {ordered.map((r) => {
            const d = pathD(r.path, sx, sy);
            const isLatest = r.id === latest;
            const n = r.path.length;
            return (
              <g key={r.id} data-testid="live.path" data-run={r.id} data-stars={r.stars}>
                <path d={d} fill="none" stroke={STAR_COLORS[r.stars]} strokeWidth={isLatest ? 3.5 : 1.6} strokeOpacity={isLatest ? 1 : 0.7} strokeLinejoin="round" />
                {n >= 2 ? <circle cx={r1(sx(r.path[n - 2]))} cy={r1(sy(r.path[n - 1]))} r={isLatest ? 5 : 3} fill={STAR_COLORS[r.stars]} stroke="#ffffff" strokeWidth="1" /> : null}
              </g>
            );
          })}
          {level.start ? <circle cx={r1(sx(level.start[0]))} cy={r1(sy(level.start[1]))} r="5" fill="#ffffff" stroke="#0f172a" strokeWidth="2" /> : null}
        </>
      )}
    </MapFrame>
  );
}
