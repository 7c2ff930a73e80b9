'use client';
/**
 * "Train every weight, watch the projection" (issue 15 item 4): the settings form, a status line,
 * and once a run is done the loss on the path's own plane with the projected path over it, the
 * share of variance that plane keeps, and the train loss along the path. The run itself happens
 * in a worker (./useProjection.ts); this file only holds the form's state and lays things out.
 */
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { num } from '@/engine/explain';
import { NETWORK_CONFIGS } from '@/content/datasets/networks';
import { PROJECTION_DEFAULTS, ProjectionOptionsError, parseProjectionOptions, suggestedProjectionLr } from './options';
import { ProjectionControls, type ProjectionInputs } from './ProjectionControls';
import { ProjectionLossChart } from './ProjectionLossChart';
import { ProjectionMapSvg, percentText } from './ProjectionMapSvg';
import { failureText, type ProjectionTranslate as Translate } from './problem-text';
import { projectionContours } from './projection-map';
import type { ProjectionResult } from './projection-run';
import type { ProjectionErrorDetail } from './projection.worker';
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

/** A failure to show: its English message, and its detail when it is a known one. */
type Failure = { readonly message: string; readonly detail?: ProjectionErrorDetail };

/** The status line's text for a run's state (`t`: the `course.projection.status` messages). */
function statusText(state: ProjectionState, steps: number, t: Translate, errors: Translate): string {
  switch (state.status) {
    case 'idle':
      return t('idle');
    case 'cancelled':
      return t('cancelled');
    case 'error':
      return t('error', { message: failureText(state, errors) });
    case 'done': {
      const r = state.result;
      const l = r.loss;
      return t('done', {
        seconds: num(state.ms / 1000, 2),
        weights: String(r.weights),
        steps: r.options.steps.toLocaleString('en'),
        rows: String(r.rows),
        from: num(l[0], 3),
        to: num(l[l.length - 1], 3),
      });
    }
    case 'running':
      return state.phase === 'training' ? t('training', { steps: steps.toLocaleString('en') }) : t(state.phase);
  }
}

/** The run's pictures: map, its caption, and the loss chart. */
function ProjectionFigures({ result }: { readonly result: ProjectionResult }) {
  const t = useTranslations('course.projection.result');
  const contours = useMemo(() => projectionContours(result), [result]);
  const [e1, e2] = result.explained;
  const spanX = result.box.x[1] - result.box.x[0];
  const spanY = result.box.y[1] - result.box.y[0];
  const stretch = Math.max(spanX / spanY, spanY / spanX);
  return (
    <section className="mt-8 grid gap-6 lg:grid-cols-2" aria-label={t('region')}>
      <figure className="flex flex-col gap-2">
        <div data-testid="projection.map">
          <ProjectionMapSvg result={result} contours={contours} />
        </div>
        <figcaption className="text-sm leading-6 text-slate-700">
          {t.rich('caption', {
            keep: percentText(e1 + e2),
            e1: percentText(e1),
            e2: percentText(e2),
            weights: String(result.weights),
            others: String(Math.max(0, result.weights - 2)),
            b: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
            explained: (chunks) => <span data-testid="projection.explained">{chunks}</span>,
          })}
          {stretch > 1.5 ? t(spanX < spanY ? 'stretchH' : 'stretchV', { k: num(stretch, 2) }) : ''}
        </figcaption>
      </figure>
      <figure className="flex flex-col gap-2">
        <ProjectionLossChart result={result} />
        <figcaption className="text-sm leading-6 text-slate-700">{t('lossCaption')}</figcaption>
      </figure>
    </section>
  );
}

/** The page's interactive part (see file note). */
export function ProjectionView() {
  const t = useTranslations('course.projection.status');
  const errors = useTranslations('course.projection.errors');
  const [inputs, setInputs] = useState<ProjectionInputs>(START);
  const [inputError, setInputError] = useState<Failure | null>(null);
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
      const message = err instanceof Error ? err.message : String(err);
      setInputError(err instanceof ProjectionOptionsError ? { message, detail: { kind: 'options', problems: err.problems } } : { message });
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
        {inputError ? t('error', { message: failureText(inputError, errors) }) : statusText(state, runSteps, t, errors)}
      </p>
      {state.status === 'done' ? <ProjectionFigures result={state.result} /> : null}
    </div>
  );
}
