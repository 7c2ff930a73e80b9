/** The full gradient norm over the steps of a run, on a log scale (server-rendered SVG). */
import { num } from '@/engine/explain';
import type { Level, Trace } from '@/engine';
import { LineChart } from '@/components/charts';

/** Line color (≥ 4.5:1 on white). */
export const GRAD_COLOR = '#047857';
const THRESHOLD_COLOR = '#9f1239';
const STALL_COLOR = '#b45309';

/** Props of GradNormChartSvg. */
export interface GradNormChartProps {
  readonly id?: string;
  readonly trace: Trace;
  readonly level: Level;
  readonly last: number;
  /** A stall to shade (from an explanation's stall finding). */
  readonly stall?: { readonly from: number; readonly to: number; readonly label: string } | null;
}

/** ‖∇L‖ per step (log10 axis), with the level's stall threshold as a guide. */
export function GradNormChartSvg({ id = 'chart-grad', trace, level, last, stall }: GradNormChartProps) {
  const g = trace.gradNorm;
  let lo = Infinity;
  let at = 0;
  for (let t = 0; t <= last; t++) if (g[t] < lo) [lo, at] = [g[t], t];
  const desc =
    `Gradient norm on a log scale: ${num(g[0], 2)} at step 0, ${num(g[last], 2)} at step ${last}, lowest ${num(lo, 2)} at step ${at}; ` +
    `the stall threshold is ${num(level.stallGradNorm)}` +
    (stall ? `; ${stall.label}, steps ${stall.from} to ${stall.to}.` : '.');
  return (
    <LineChart
      testId={id}
      title="Gradient norm per step"
      desc={desc}
      upTo={last}
      legend={false}
      yLabel="‖∇L‖"
      log
      clipBlowUp={trace.outcome === 'diverged'}
      hGuides={[{ at: level.stallGradNorm, label: `stall threshold ${num(level.stallGradNorm)}`, color: THRESHOLD_COLOR }]}
      bands={stall ? [{ ...stall, color: STALL_COLOR }] : []}
      series={[{ label: 'gradient norm', values: g, color: GRAD_COLOR }]}
    />
  );
}
