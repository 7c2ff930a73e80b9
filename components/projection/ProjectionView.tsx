'use client';
/**
 * "Train every weight, watch the projection" (issue 15 item 4): the settings form, a status line,
 * and once a run is done the loss on the path's own plane with the projected path over it, the
 * share of variance that plane keeps, and the train loss along the path. The run itself happens
 * in a worker (./useProjection.ts); this file only holds the form's state and lays things out.
 */
import { useMemo, useState } from 'react';
import { num } from '@/engine/explain';
import { NETWORK_CONFIGS } from '@/content/datasets/networks';
import { PROJECTION_DEFAULTS, parseProjectionOptions, suggestedProjectionLr } from './options';
import { ProjectionControls, type ProjectionInputs } from './ProjectionControls';
import { ProjectionLossChart } from './ProjectionLossChart';
import { ProjectionMapSvg, percentText } from './ProjectionMapSvg';
import { projectionContours } from './projection-map';
import type { ProjectionResult } from './projection-run';
import { useProjection, type ProjectionState } from './useProjection';

const FIRST = NETWORK_CONFIGS[0].id;
const START: ProjectionInputs = {
  networkId: FIRST,
  lr: String(suggestedProjectionLr(FIRST)),
  momentum: String(PROJECTION_DEFAULTS.momentum),
  batchSize: String(PROJECTION_DEFAULTS.batchSize),
  steps: String(PROJECTION_DEFAULTS.steps),
  seed: String(PROJECTION_DEFAULTS.seed),
};

/** The status line's text for a run's state. */
function statusText(state: ProjectionState, steps: number): string {
  switch (state.status) {
    case 'idle':
      return 'Not run yet: choose a network and its settings, then train.';
    case 'cancelled':
      return 'Cancelled.';
    case 'error':
      return `Could not run: ${state.message}`;
    case 'done': {
      const r = state.result;
      const l = r.loss;
      return `Done in ${num(state.ms / 1000, 2)} s: ${r.weights} weights trained for ${r.options.steps.toLocaleString('en')} steps on ${r.rows} rows; train loss ${num(l[0], 3)} → ${num(l[l.length - 1], 3)}.`;
    }
    case 'running':
      return {
        starting: 'Starting…',
        loading: 'Loading the data…',
        training: `Training every weight for ${steps.toLocaleString('en')} steps…`,
        plane: 'Finding the plane of the path…',
        grid: 'Evaluating the loss over the plane…',
      }[state.phase];
  }
}

/** The run's pictures: map, its caption, and the loss chart. */
function ProjectionFigures({ result }: { readonly result: ProjectionResult }) {
  const contours = useMemo(() => projectionContours(result), [result]);
  const [e1, e2] = result.explained;
  const spanX = result.box.x[1] - result.box.x[0];
  const spanY = result.box.y[1] - result.box.y[0];
  const stretch = Math.max(spanX / spanY, spanY / spanX);
  return (
    <section className="mt-8 grid gap-6 lg:grid-cols-2" aria-label="Result of the run">
      <figure className="flex flex-col gap-2">
        <div data-testid="projection.map">
          <ProjectionMapSvg result={result} contours={contours} />
        </div>
        <figcaption className="text-sm leading-6 text-slate-700">
          <strong className="font-semibold text-slate-900">A projection, not the path itself.</strong>{' '}
          <span data-testid="projection.explained">
            This map is a projection onto the path’s own plane: this plane keeps {percentText(e1 + e2)} of the path’s variance ({percentText(e1)} along direction 1,{' '}
            {percentText(e2)} along direction 2).
          </span>{' '}
          The network has {result.weights} weights; whatever the path did in the other {Math.max(0, result.weights - 2)} directions is flattened onto these two, and the
          contours are the loss on the plane, not under the path.
          {stretch > 1.5 ? ` The axes are not to the same scale: the ${spanX < spanY ? 'horizontal' : 'vertical'} one is stretched ×${num(stretch, 2)} so the path’s smaller motion shows.` : ''}
        </figcaption>
      </figure>
      <figure className="flex flex-col gap-2">
        <ProjectionLossChart result={result} />
        <figcaption className="text-sm leading-6 text-slate-700">
          Solid: the loss the network really had along the path. Dashed: the loss on the plane at the point the map draws. Where they part, the map is showing a
          landscape the network never stood on.
        </figcaption>
      </figure>
    </section>
  );
}

/** The page's interactive part (see file note). */
export function ProjectionView() {
  const [inputs, setInputs] = useState<ProjectionInputs>(START);
  const [inputError, setInputError] = useState<string | null>(null);
  const [runSteps, setRunSteps] = useState(PROJECTION_DEFAULTS.steps);
  const { state, start, cancel } = useProjection();
  const train = () => {
    // An empty box is "not a number", never a silent 0.
    const n = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    const options = { lr: n(inputs.lr), momentum: n(inputs.momentum), batchSize: n(inputs.batchSize), steps: n(inputs.steps), seed: n(inputs.seed) };
    try {
      // The rows are known only in the worker, which checks the batch size against them.
      parseProjectionOptions(options, Infinity);
    } catch (err) {
      setInputError(err instanceof Error ? err.message : String(err));
      return;
    }
    setInputError(null);
    setRunSteps(options.steps);
    start(inputs.networkId, options);
  };
  return (
    <div data-testid="projection">
      <ProjectionControls
        inputs={inputs}
        onNetwork={(networkId) => setInputs((s) => ({ ...s, networkId, lr: String(suggestedProjectionLr(networkId)) }))}
        onInput={(key, text) => setInputs((s) => ({ ...s, [key]: text }))}
        running={state.status === 'running'}
        onTrain={train}
        onCancel={cancel}
      />
      <p role="status" aria-live="polite" className={`mt-4 text-sm ${inputError || state.status === 'error' ? 'text-red-700' : 'text-slate-700'}`} data-testid="projection.status">
        {inputError ? `Could not run: ${inputError}` : statusText(state, runSteps)}
      </p>
      {state.status === 'done' ? <ProjectionFigures result={state.result} /> : null}
    </div>
  );
}
