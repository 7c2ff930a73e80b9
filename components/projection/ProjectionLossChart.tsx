/**
 * Train loss over the steps of a projection run, on the shared line chart (components/charts):
 * the network's own train loss at each recorded step (solid), and the loss on the plane under
 * the point the map draws (dashed). Where the two lines part, the map is not showing the loss
 * the network actually had.
 */
import { useTranslations } from 'next-intl';
import { num } from '@/engine/explain';
import { LineChart } from '@/components/charts';
import { TEST_COLOR, TRAIN_COLOR } from '@/components/explain/LossChartSvg';
import type { ProjectionResult } from './projection-run';

/** A per-recorded-point series spread over the steps (NaN between records: the chart joins across). */
function byStep(steps: Int32Array, values: Float64Array, total: number): Float64Array {
  const out = new Float64Array(total + 1).fill(NaN);
  steps.forEach((t, i) => {
    out[t] = values[i];
  });
  return out;
}

/** The run's loss chart (see file note). */
export function ProjectionLossChart({ result }: { readonly result: ProjectionResult }) {
  const t = useTranslations('course.projection.chart');
  const { steps, loss, planeLoss } = result;
  const total = result.options.steps;
  const last = loss.length - 1;
  let [min, max] = [Infinity, -Infinity];
  for (const s of [loss, planeLoss]) for (const v of s) if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  const desc = t('desc', { from: num(loss[0], 3), to: num(loss[last], 3), steps: String(total), planeFrom: num(planeLoss[0], 3), planeTo: num(planeLoss[last], 3) });
  return (
    <LineChart
      testId="projection.loss"
      title={t('title')}
      desc={desc}
      upTo={total}
      total={total}
      yLabel={t('yLabel')}
      log={min > 0 && max / min >= 1e3}
      series={[
        { label: t('network'), values: byStep(steps, loss, total), color: TRAIN_COLOR },
        { label: t('plane'), values: byStep(steps, planeLoss, total), color: TEST_COLOR, dashed: true },
      ]}
    />
  );
}
