/** Train and test loss over the steps of a run (server-rendered SVG). */
import { lossGoalLabel, num } from '@/engine/explain';
import type { Level, Trace } from '@/engine';
import { LineChart, type ChartGuide } from '@/components/charts';

/** Colors with ≥ 4.5:1 contrast on white. */
export const TRAIN_COLOR = '#3730a3';
export const TEST_COLOR = '#b45309';
export const GOAL_COLOR = '#15803d';

/** Props of LossChartSvg. */
export interface LossChartProps {
  readonly id?: string;
  readonly trace: Trace;
  readonly level: Level;
  /** Last step drawn. */
  readonly last: number;
}

/** Train (solid) and test (dashed) loss per step, with the goal's loss threshold when it has one. */
export function LossChartSvg({ id = 'chart-loss', trace, level, last }: LossChartProps) {
  const train = trace.trainLoss;
  const test = trace.testLoss;
  const h: ChartGuide[] = level.goal.kind === 'loss' ? [{ at: level.goal.below, label: `goal: ${lossGoalLabel(level.goal)}`, color: GOAL_COLOR }] : [];
  const v: ChartGuide[] = trace.goalStep !== null ? [{ at: trace.goalStep, label: 'goal', color: GOAL_COLOR }] : [];
  // Log axis when every loss is positive and they span three decades or more (a blow-up, raw features).
  let min = Infinity;
  let max = -Infinity;
  for (const s of [train, test]) for (let t = 0; t <= last; t++) if (Number.isFinite(s[t])) [min, max] = [Math.min(min, s[t]), Math.max(max, s[t])];
  const log = min > 0 && max / min >= 1e3;
  const desc =
    `Train loss from ${num(train[0], 3)} at step 0 to ${num(train[last], 3)} at step ${last}; ` +
    `test loss from ${num(test[0], 3)} to ${num(test[last], 3)}.` +
    (trace.outcome === 'diverged' ? ` The run diverged at step ${trace.steps}.` : '');
  return (
    <LineChart
      testId={id}
      title="Train and test loss per step"
      desc={desc}
      upTo={last}
      legend={false}
      yLabel="loss"
      log={log}
      clipBlowUp={trace.outcome === 'diverged'}
      hGuides={h}
      vGuides={v}
      series={[
        { label: 'train loss', values: train, color: TRAIN_COLOR },
        { label: 'test loss', values: test, color: TEST_COLOR, dashed: true },
      ]}
    />
  );
}
