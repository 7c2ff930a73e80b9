/**
 * The body of an explanation page (server component): the run's level, settings, score and
 * outcome, a "Replay this run" link, the explanation, and three static charts. Used by
 * /explain/[levelId] (a run described in the query string) and /runs/[id] (a stored run).
 */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import type { ReactNode } from 'react';
import { lossGoalLabel, type Explanation } from '@/engine/explain';
import type { RunView } from './prepare';
import { ExplanationView } from './ExplanationView';
import { LossChartSvg, TEST_COLOR, TRAIN_COLOR, GOAL_COLOR } from './LossChartSvg';
import { GradNormChartSvg, GRAD_COLOR } from './GradNormChartSvg';
import { TrajectorySvg } from './TrajectorySvg';
import { OUTCOME_LABELS, settingsSummary } from './labels';

/** Props of RunExplanation. */
export interface RunExplanationProps {
  readonly view: RunView;
  /** Link that replays the same run in the player (null when the level cannot be played by id). */
  readonly replayHref: string | null;
  /** A note shown above the results (e.g. a value in the link that was ignored). */
  readonly notice?: string | null;
  /** Extra lines about a stored run (who, when). */
  readonly byline?: ReactNode;
}

const OUTCOME_STYLE: Record<string, string> = {
  'reached-goal': 'bg-emerald-100 text-emerald-900',
  diverged: 'bg-rose-100 text-rose-900',
  stalled: 'bg-amber-100 text-amber-900',
  'budget-exhausted': 'bg-slate-200 text-slate-900',
};

/** The explanation page body (see file note). */
export function RunExplanation({ view, replayHref, notice, byline }: RunExplanationProps) {
  const { level, settings, seed, trace, score, explanation, last, land, map } = view;
  const reached = score.seeds.filter((s) => s.outcome === 'reached-goal').length;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-8 px-4 py-8 sm:px-6" data-testid="explain.page">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link href="/play" className="underline-offset-2 hover:underline">
            Levels
          </Link>{' '}
          /{' '}
          <Link href={`/play/${level.id}`} className="underline-offset-2 hover:underline">
            {level.title}
          </Link>{' '}
          / Run explained
        </nav>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900" data-testid="explain.title">
          <span className="block text-base font-semibold uppercase tracking-wider text-indigo-700">Run explained</span>
          {level.title}
        </h1>
        {byline ? <div className="text-sm text-slate-600">{byline}</div> : null}
        {notice ? (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900" role="note" data-testid="explain.notice">
            {notice}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <span className={`rounded-full px-3 py-1 text-sm font-semibold ${OUTCOME_STYLE[trace.outcome]}`} data-testid="explain.outcome">
            {OUTCOME_LABELS[trace.outcome]}
          </span>
          <span className="text-sm text-slate-700" data-testid="explain.score">
            Score <strong className="text-slate-900">{score.score}</strong> / 1000 ·{' '}
            <span role="img" aria-label={`${score.stars} of 3 stars`}>
              <span aria-hidden="true" className="text-amber-600">
                {'★'.repeat(score.stars)}
              </span>
              <span aria-hidden="true" className="text-slate-400">
                {'☆'.repeat(3 - score.stars)}
              </span>
            </span>{' '}
            · {reached} of {score.seeds.length} {score.seeds.length === 1 ? 'seed' : 'seeds'} reached the goal
          </span>
        </div>
        <dl className="flex flex-wrap gap-2 text-sm" aria-label="Settings of this run">
          <div className="flex gap-1 rounded-md bg-slate-100 px-2 py-1">
            <dt className="text-slate-600">seed shown</dt>
            <dd className="font-medium text-slate-900">{seed}</dd>
          </div>
          {settingsSummary(settings, land).map(([k, v]) => (
            <div key={k} className="flex gap-1 rounded-md bg-slate-100 px-2 py-1">
              <dt className="text-slate-600">{k}</dt>
              <dd className="font-medium text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
        {replayHref ? (
          <p>
            <Link href={replayHref} className="inline-block rounded-lg bg-indigo-700 px-5 py-2.5 font-semibold text-white hover:bg-indigo-800" data-testid="explain.replay">
              Replay this run
            </Link>
          </p>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ExplanationView explanation={explanation} />
        <div className="flex flex-col gap-6">
          <figure className="rounded-xl border border-slate-200 p-3">
            <TrajectorySvg map={map} trace={trace} level={level} last={last} axes={land.axes} landmarks={land.landmarks} />
            <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
              <Key color="#be123c" label="path" line />
              <Key color="#0f172a" label="start" ring />
              <Key color="#be123c" label={trace.outcome === 'diverged' ? 'where it left the map' : 'end'} dot />
              <Key color={GOAL_COLOR} label={level.goal.kind === 'region' ? 'goal' : `goal: ${lossGoalLabel(level.goal)}`} line />
              <span>contours of the train loss (darker = lower)</span>
            </figcaption>
          </figure>
          <figure className="rounded-xl border border-slate-200 p-3">
            <LossChartSvg trace={trace} level={level} last={trace.steps} />
            <figcaption className="mt-2 flex flex-wrap gap-x-4 text-sm text-slate-700">
              <Key color={TRAIN_COLOR} label="train loss" line />
              <Key color={TEST_COLOR} label="test loss (dashed)" line />
            </figcaption>
          </figure>
          <figure className="rounded-xl border border-slate-200 p-3">
            <GradNormChartSvg trace={trace} level={level} last={trace.steps} stall={stallBand(explanation)} />
            <figcaption className="mt-2 flex flex-wrap gap-x-4 text-sm text-slate-700">
              <Key color={GRAD_COLOR} label="full gradient norm ‖∇L‖ (log scale)" line />
            </figcaption>
          </figure>
        </div>
      </div>
    </div>
  );
}

/** The stretch of the run's stall finding, if any, for shading the gradient chart. */
function stallBand(e: Explanation): { from: number; to: number; label: string } | null {
  const f = e.findings.find((x) => x.kind === 'saddle-stall' || x.kind === 'plateau' || x.kind === 'local-minimum');
  if (!f || !('from' in f.numbers) || f.numbers.to <= f.numbers.from) return null;
  return { from: f.numbers.from, to: f.numbers.to, label: f.kind === 'saddle-stall' ? 'stalled at the saddle' : f.kind === 'plateau' ? 'stalled on the plateau' : 'at rest in a local minimum' };
}

/** A legend entry: a colored line, ring or dot and its label. */
function Key({ color, label, line, ring, dot }: { color: string; label: string; line?: boolean; ring?: boolean; dot?: boolean }) {
  const mark = line ? (
    <span aria-hidden="true" className="inline-block h-0.5 w-5 align-middle" style={{ backgroundColor: color }} />
  ) : (
    <span
      aria-hidden="true"
      className="inline-block h-2.5 w-2.5 rounded-full align-middle"
      style={ring ? { border: `2px solid ${color}` } : dot ? { backgroundColor: color } : undefined}
    />
  );
  return (
    <span className="inline-flex items-center gap-1.5">
      {mark}
      {label}
    </span>
  );
}
