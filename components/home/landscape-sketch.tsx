/**
 * A decorative contour sketch for the home page: a tilted ravine, the zig-zag path plain
 * gradient descent takes down it, and the ball. Static SVG, no client JavaScript.
 */
import { useTranslations } from 'next-intl';

const CENTER = { x: 180, y: 100 } as const;

const CONTOUR_RADII = [
  [132, 50],
  [108, 40],
  [85, 31],
  [63, 22],
  [42, 14],
  [23, 7],
] as const;

/** The ball's path in the valley's own frame (u along the floor, v across it): it bounces
 * from wall to wall, the bounces shrinking, while it creeps along the floor. */
const PATH_UV = [[-118, -36], [-96, 30], [-76, -24], [-58, 18], [-42, -12], [-28, 8], [-16, -4], [-6, 2], [0, 0]] as const;
const ZIGZAG = PATH_UV.map(([u, v], i) => `${i === 0 ? 'M' : 'L'}${CENTER.x + u} ${CENTER.y + v}`).join(' ');
const [START_U, START_V] = PATH_UV[0];

export function LandscapeSketch() {
  const t = useTranslations('course.home');
  return (
    <svg
      viewBox="0 0 320 200"
      className="h-auto w-full"
      role="img"
      aria-labelledby="landscape-sketch-title"
      data-testid="home.sketch"
    >
      <title id="landscape-sketch-title">{t('sketch')}</title>
      <defs>
        <clipPath id="landscape-sketch-clip">
          <rect width="320" height="200" rx="16" />
        </clipPath>
      </defs>
      <rect width="320" height="200" rx="16" className="fill-slate-50" />
      <g clipPath="url(#landscape-sketch-clip)">
        <g transform={`rotate(-14 ${CENTER.x} ${CENTER.y})`}>
          {CONTOUR_RADII.map(([rx, ry], i) => (
            <ellipse
              key={rx}
              cx={CENTER.x}
              cy={CENTER.y}
              rx={rx}
              ry={ry}
              fill="none"
              strokeWidth="1.5"
              className={i < 3 ? 'stroke-indigo-200' : 'stroke-indigo-400'}
            />
          ))}
          <path d={ZIGZAG} fill="none" strokeWidth="2" strokeDasharray="4 3" strokeLinejoin="round" className="stroke-slate-500" />
          <circle cx={CENTER.x + START_U} cy={CENTER.y + START_V} r="4" className="fill-slate-400" />
          <circle cx={CENTER.x} cy={CENTER.y} r="9" className="fill-amber-500 stroke-amber-700" strokeWidth="1.5" />
          <circle cx={CENTER.x - 3} cy={CENTER.y - 3} r="2.5" className="fill-amber-200" />
        </g>
      </g>
    </svg>
  );
}
