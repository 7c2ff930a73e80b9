/**
 * The accessible description of a view (its aria-label): what is drawn, the axes, the start
 * and the goal. Pure; shared by the 3-D and 2-D views. English unless given a translator.
 */
import type { ViewProps } from './types';
import { EN, type Translate } from '@/components/i18n/translate';
import { axisNameIn } from './axis-names';

/** Formats a number compactly for labels and tick values (≤ 4 significant digits). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace('e+', 'e');
  return String(Number(v.toPrecision(a >= 100 ? 4 : 3)));
}

/** One sentence describing the view for screen readers. */
export function describeView(p: Pick<ViewProps, 'surface' | 'axes' | 'start' | 'goal' | 'heightMode'>, kind: '3-D' | '2-D', t: Translate = EN): string {
  const { surface: s } = p;
  const goal =
    p.goal.kind === 'region'
      ? t('scene.goalRegion', { r: fmt(p.goal.radius), cx: fmt(p.goal.center[0]), cy: fmt(p.goal.center[1]) })
      : t('scene.goalBelow', { split: t(`split.${p.goal.split}`), below: fmt(p.goal.below), hold: p.goal.hold ? t('scene.goalHold') : '' });
  return t('scene.describe', {
    what: t(kind === '3-D' ? 'scene.view3d' : 'scene.view2d'),
    scale: p.heightMode === 'log' ? t('scene.scaleLog') : '',
    a: axisNameIn(p.axes[0], t),
    x0: fmt(s.x[0]),
    x1: fmt(s.x[1]),
    b: axisNameIn(p.axes[1], t),
    y0: fmt(s.y[0]),
    y1: fmt(s.y[1]),
    min: fmt(s.min),
    max: fmt(s.max),
    sx: fmt(p.start[0]),
    sy: fmt(p.start[1]),
    goal,
  });
}
