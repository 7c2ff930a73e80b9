/**
 * Figures of the lesson "regularization" (registered in index.ts; names end in "Figure").
 *
 * PenaltyShapesFigure, two panels from the same formulas as engine/regularize.ts:
 *  - left: the level sets |w₁| + |w₂| = c (L1's diamond) and w₁² + w₂² = c² (L2's circle) with the
 *    elliptical contour of a stretched bowl that just touches each; the touching points are found
 *    numerically (the minimizer of the bowl on each set), and L1's lands on a corner (w₂ = 0);
 *  - right: the minimum of one weight on a bowl of curvature h = 1 against its unregularized
 *    value w*: L1's soft threshold sign(w*)·max(|w*| − λ₁/h, 0) and L2's shrinkage h/(h + λ₂)·w*.
 * Pure math computed during render: a server component that reads without JavaScript.
 */
import { useTranslations } from 'next-intl';

const W = 640;
const H = 280;
const S = 100; // pixels per unit in the left panel
const L = { cx: 150, cy: 140 };
const R = { x0: 360, y0: 30, w: 250, h: 200 };
const LAMBDA = 1; // λ₁ = λ₂ on the right, curvature h = 1
const C = 1; // size of both penalty sets on the left
const BOWL = { center: [1.2, 0.45] as const, h: [6, 1] as const }; // (h₁/2)(w₁−a)² + (h₂/2)(w₂−b)²

export const softThreshold = (w: number, l1: number, h = 1) => Math.sign(w) * Math.max(Math.abs(w) - l1 / h, 0);
export const shrink = (w: number, l2: number, h = 1) => (h / (h + l2)) * w;

const bowl = (x: number, y: number) => 0.5 * BOWL.h[0] * (x - BOWL.center[0]) ** 2 + 0.5 * BOWL.h[1] * (y - BOWL.center[1]) ** 2;

/** The point of the set {p(θ)} (θ over a fine grid) where the bowl is lowest. */
function touch(p: (t: number) => [number, number]): [number, number] {
  let best = p(0);
  for (let i = 1; i < 20000; i++) {
    const q = p((2 * Math.PI * i) / 20000);
    if (bowl(q[0], q[1]) < bowl(best[0], best[1])) best = q;
  }
  return best;
}
const diamond = (t: number): [number, number] => {
  const x = Math.cos(t);
  const y = Math.sin(t);
  const n = Math.abs(x) + Math.abs(y);
  return [(C * x) / n, (C * y) / n];
};
const circle = (t: number): [number, number] => [C * Math.cos(t), C * Math.sin(t)];

/** The bowl's contour through point q: an ellipse around the bowl's centre. */
function contour(q: readonly [number, number]): string {
  const level = bowl(q[0], q[1]);
  const rx = Math.sqrt((2 * level) / BOWL.h[0]);
  const ry = Math.sqrt((2 * level) / BOWL.h[1]);
  return `${L.cx + BOWL.center[0] * S},${L.cy - BOWL.center[1] * S},${rx * S},${ry * S}`;
}

const px = (q: readonly [number, number]) => [L.cx + q[0] * S, L.cy - q[1] * S] as const;
const rx = (w: number) => R.x0 + ((w + 1.5) / 3) * R.w;
const ry = (w: number) => R.y0 + ((1.5 - w) / 3) * R.h;
const curve = (f: (w: number) => number) =>
  Array.from({ length: 121 }, (_, i) => -1.5 + (3 * i) / 120).map((w, i) => `${i === 0 ? 'M' : 'L'}${rx(w).toFixed(1)},${ry(f(w)).toFixed(1)}`).join('');

export function PenaltyShapesFigure() {
  const t = useTranslations('course.figures.penalty');
  const t1 = touch(diamond);
  const t2 = touch(circle);
  const [e1, e2] = [contour(t1), contour(t2)].map((s) => s.split(',').map(Number));
  const label = t('label', {
    c: String(C),
    center: BOWL.center.join(', '),
    l1x: t1[0].toFixed(2),
    l1y: t1[1].toFixed(2),
    l2x: t2[0].toFixed(2),
    l2y: t2[1].toFixed(2),
    lambda: String(LAMBDA),
    factor: shrink(1, LAMBDA).toFixed(2),
  });
  return (
    <figure className="not-prose my-8 rounded-xl border border-slate-200 bg-white p-4">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        <line x1={L.cx - 130} y1={L.cy} x2={L.cx + 200} y2={L.cy} className="stroke-slate-300" />
        <line x1={L.cx} y1={L.cy - 125} x2={L.cx} y2={L.cy + 125} className="stroke-slate-300" />
        <text x={L.cx + 196} y={L.cy + 14} textAnchor="end" className="fill-slate-600 text-[11px]">w₁</text>
        <text x={L.cx + 6} y={L.cy - 112} className="fill-slate-600 text-[11px]">w₂</text>
        <polygon points={[[C, 0], [0, C], [-C, 0], [0, -C]].map((q) => px(q as [number, number]).join(',')).join(' ')} fill="none" strokeWidth={2} className="stroke-amber-600" />
        <circle cx={L.cx} cy={L.cy} r={C * S} fill="none" strokeWidth={2} className="stroke-indigo-600" />
        <ellipse cx={e1[0]} cy={e1[1]} rx={e1[2]} ry={e1[3]} fill="none" strokeDasharray="4 3" className="stroke-amber-500" />
        <ellipse cx={e2[0]} cy={e2[1]} rx={e2[2]} ry={e2[3]} fill="none" strokeDasharray="4 3" className="stroke-indigo-400" />
        <circle cx={px(BOWL.center)[0]} cy={px(BOWL.center)[1]} r={3} className="fill-slate-700" />
        <circle cx={px(t1)[0]} cy={px(t1)[1]} r={5} className="fill-amber-600" />
        <circle cx={px(t2)[0]} cy={px(t2)[1]} r={5} className="fill-indigo-600" />
        <text x={L.cx - 125} y={H - 12} className="fill-amber-700 text-[11px]">{t('l1Corner')}</text>
        <text x={L.cx + 5} y={H - 12} className="fill-indigo-700 text-[11px]">{t('l2Both')}</text>

        <rect x={R.x0} y={R.y0} width={R.w} height={R.h} fill="none" className="stroke-slate-200" />
        <line x1={rx(-1.5)} y1={ry(0)} x2={rx(1.5)} y2={ry(0)} className="stroke-slate-300" />
        <line x1={rx(0)} y1={ry(-1.5)} x2={rx(0)} y2={ry(1.5)} className="stroke-slate-300" />
        <path d={curve((w) => w)} fill="none" strokeDasharray="3 3" className="stroke-slate-400" />
        <path d={curve((w) => shrink(w, LAMBDA))} fill="none" strokeWidth={2} className="stroke-indigo-600" />
        <path d={curve((w) => softThreshold(w, LAMBDA))} fill="none" strokeWidth={2} className="stroke-amber-600" />
        <text x={R.x0 + R.w / 2} y={R.y0 + R.h + 18} textAnchor="middle" className="fill-slate-700 text-[12px]">{t('xAxis')}</text>
        <text x={R.x0 + 6} y={R.y0 + 14} className="fill-slate-700 text-[12px]">{t('yAxis')}</text>
        <line x1={R.x0 + 8} y1={R.y0 + 30} x2={R.x0 + 26} y2={R.y0 + 30} strokeWidth={2} className="stroke-amber-600" />
        <text x={R.x0 + 30} y={R.y0 + 34} className="fill-amber-700 text-[11px]">{t('softThreshold')}</text>
        <line x1={R.x0 + 8} y1={R.y0 + 46} x2={R.x0 + 26} y2={R.y0 + 46} strokeWidth={2} className="stroke-indigo-600" />
        <text x={R.x0 + 30} y={R.y0 + 50} className="fill-indigo-700 text-[11px]">{t('shrink')}</text>
        <line x1={R.x0 + 8} y1={R.y0 + 62} x2={R.x0 + 26} y2={R.y0 + 62} strokeDasharray="3 3" className="stroke-slate-400" />
        <text x={R.x0 + 30} y={R.y0 + 66} className="fill-slate-600 text-[11px]">{t('none')}</text>
        {[-1, 1].map((w) => (
          <text key={w} x={rx(w)} y={ry(0) + 14} textAnchor="middle" className="fill-slate-600 text-[11px]">{w}</text>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">{t('caption', { lambda: String(LAMBDA) })}</figcaption>
    </figure>
  );
}

