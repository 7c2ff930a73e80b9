/**
 * The loss on the path's own plane with the projected path over it: the shared map frame
 * (components/explain/MapFrame.tsx) draws the contour lines and axes; this draws the path, the
 * start (white disc) and the end of training (filled disc, the plane's centre). The axes are the
 * path's two principal directions, each labelled with the share of variance it keeps.
 */
import { useTranslations } from 'next-intl';
import { num } from '@/engine/explain';
import { r1 } from '@/components/charts/downsample';
import { MapFrame } from '@/components/explain/MapFrame';
import type { ProjectionContours } from './projection-map';
import type { ProjectionResult } from './projection-run';

const PATH_COLOR = '#be123c';

/** Props of ProjectionMapSvg. */
export interface ProjectionMapProps {
  readonly result: ProjectionResult;
  readonly contours: ProjectionContours;
}

/** A share in [0, 1] as "93.4 %". */
export function percentText(share: number): string {
  return `${(100 * share).toFixed(1)} %`;
}

/** The projected path over the plane's loss contours (see file note). */
export function ProjectionMapSvg({ result, contours }: ProjectionMapProps) {
  const t = useTranslations('course.projection.map');
  const { path, loss, planeLoss, explained, box } = result;
  const last = path.length / 2 - 1;
  const start: [number, number] = [path[0], path[1]];
  const axes: [string, string] = [t('axis1', { share: percentText(explained[0]) }), t('axis2', { share: percentText(explained[1]) })];
  const desc = t('desc', {
    x0: num(box.x[0]),
    x1: num(box.x[1]),
    y0: num(box.y[0]),
    y1: num(box.y[1]),
    sx: num(start[0]),
    sy: num(start[1]),
    loss0: num(loss[0], 3),
    plane0: num(planeLoss[0], 3),
    lossN: num(loss[last], 3),
    steps: String(result.options.steps),
    keep: percentText(explained[0] + explained[1]),
  });
  return (
    <MapFrame id="projection-map" {...contours} goal={null} goalLines={null} landmarks={[]} axes={axes} title={t('title')} desc={desc}>
      {({ sx, sy }) => {
        let d = '';
        for (let i = 0; i <= last; i++) d += `${i ? 'L' : 'M'}${r1(sx(path[2 * i]))} ${r1(sy(path[2 * i + 1]))}`;
        const [x0, y0] = [r1(sx(start[0])), r1(sy(start[1]))];
        const [x1, y1] = [r1(sx(0)), r1(sy(0))];
        return (
          <>
            <path d={d} fill="none" stroke="#ffffff" strokeWidth="4.5" strokeLinejoin="round" strokeOpacity="0.9" />
            <path d={d} fill="none" stroke={PATH_COLOR} strokeWidth="2" strokeLinejoin="round" data-testid="projection.path" />
            <circle cx={x0} cy={y0} r="5" fill="#ffffff" stroke="#0f172a" strokeWidth="2" data-testid="projection.start" />
            <text x={x0 + 8} y={y0 - 8} fontSize="13" fill="#0f172a" stroke="#f8fafc" strokeWidth="3" paintOrder="stroke">
              {t('start')}
            </text>
            <circle cx={x1} cy={y1} r="6" fill={PATH_COLOR} stroke="#ffffff" strokeWidth="2" data-testid="projection.end" />
            <text x={x1 + 8} y={y1 + 16} fontSize="13" fill={PATH_COLOR} stroke="#f8fafc" strokeWidth="3" paintOrder="stroke">
              {t('end')}
            </text>
          </>
        );
      }}
    </MapFrame>
  );
}
