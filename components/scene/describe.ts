/**
 * The accessible description of a view (its aria-label): what is drawn, the axes, the start
 * and the goal. Pure; shared by the 3-D and 2-D views.
 */
import type { ViewProps } from './types';

/** Formats a number compactly for labels and tick values (≤ 4 significant digits). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace('e+', 'e');
  return String(Number(v.toPrecision(a >= 100 ? 4 : 3)));
}

/** One sentence describing the view for screen readers. */
export function describeView(p: Pick<ViewProps, 'surface' | 'axes' | 'start' | 'goal' | 'heightMode'>, kind: '3-D' | '2-D'): string {
  const [a, b] = p.axes;
  const { surface: s } = p;
  const what = kind === '3-D' ? '3-D loss surface' : 'Contour map of the loss';
  const scale = p.heightMode === 'log' ? ' (log scale)' : '';
  const goal =
    p.goal.kind === 'region'
      ? `the goal is the disc of radius ${fmt(p.goal.radius)} around (${fmt(p.goal.center[0])}, ${fmt(p.goal.center[1])})`
      : `the goal is a ${p.goal.split} loss below ${fmt(p.goal.below)}${p.goal.hold ? ', kept until the last step' : ''}`;
  return (
    `${what}${scale} over ${a} from ${fmt(s.x[0])} to ${fmt(s.x[1])} and ${b} from ${fmt(s.y[0])} to ${fmt(s.y[1])}, ` +
    `loss from ${fmt(s.min)} to ${fmt(s.max)}; the ball starts at (${fmt(p.start[0])}, ${fmt(p.start[1])}); ${goal}.`
  );
}
