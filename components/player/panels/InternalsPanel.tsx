/**
 * Per-parameter optimizer internals at the shown step (velocity, accumulated squared gradient,
 * effective learning rate) and the Hessian's eigenvalues at the ball.
 */
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { curvatureAt, getOptimizer, type Landscape, type Settings, type Trace } from '@/engine';
import { formatSliderValue } from '../controls/LogSlider';
import { axisNameIn } from '@/components/scene/axis-names';

export interface InternalsPanelProps {
  readonly trace: Trace;
  readonly landscape: Landscape;
  readonly settings: Settings;
  readonly step: number;
}

export function InternalsPanel({ trace, landscape, settings, step }: InternalsPanelProps) {
  const tr = useTranslations('player');
  const headingId = useId();
  const t = Math.max(0, Math.min(trace.steps, Math.round(step)));
  const opt = getOptimizer(settings.optimizer);
  const slots = trace.slots.slice(trace.slotCount * t, trace.slotCount * (t + 1));
  const eff = Float64Array.of(trace.effLr[2 * t], trace.effLr[2 * t + 1]);
  const internals = t > 0 ? opt.internals(slots, t, { ...settings }, eff) : null;
  const c = curvatureAt(landscape, trace.x[t], trace.y[t], { l1: settings.l1, l2: settings.l2 });
  const rows: [string, readonly [number, number] | undefined][] = [
    ['w', [trace.x[t], trace.y[t]]],
    [tr('internals.batchGradient'), t > 0 ? [trace.batchGradX[t], trace.batchGradY[t]] : undefined],
    // Named with the notation page's symbols (/learn/notation): b the momentum buffer, m and v
    // Adam's moments, v RMSprop's average and AdaGrad's sum of g², η̃ the effective rate.
    [tr(settings.optimizer === 'adam' ? 'internals.firstMoment' : 'internals.momentumBuffer'), internals?.velocity],
    [tr(settings.optimizer === 'adagrad' ? 'internals.sumSquares' : settings.optimizer === 'adam' ? 'internals.secondMoment' : 'internals.averageSquares'), internals?.accum],
    [tr('internals.effectiveRate'), internals?.effectiveLr],
  ];
  return (
    <section aria-labelledby={headingId} className="text-sm" data-testid="player.internals">
      <h2 id={headingId} className="mb-2 text-base font-semibold text-slate-900">
        {tr('internals.heading')} <span className="font-normal text-slate-500">{tr('internals.step', { step: t })}</span>
      </h2>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium">{tr('internals.quantity')}</th>
            <th scope="col" className="py-1 font-medium">{axisNameIn(landscape.axes[0], tr)}</th>
            <th scope="col" className="py-1 font-medium">{axisNameIn(landscape.axes[1], tr)}</th>
          </tr>
        </thead>
        <tbody className="font-mono text-xs">
          {rows
            .filter(([, v]) => v !== undefined)
            .map(([name, v]) => (
              <tr key={name} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 font-sans font-normal text-slate-600">{name}</th>
                <td className="py-1">{formatSliderValue(v![0])}</td>
                <td className="py-1">{formatSliderValue(v![1])}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600" data-testid="player.hessian">
        {tr.rich('internals.hessian', {
          a: formatSliderValue(c.eigen.values[0]),
          b: formatSliderValue(c.eigen.values[1]),
          c: Number.isFinite(c.condition) ? formatSliderValue(c.condition) : '∞',
          saddle: c.isSaddle ? tr('internals.saddle') : '',
          n: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
    </section>
  );
}
