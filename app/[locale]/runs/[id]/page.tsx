/**
 * /runs/<id> — a stored run, explained on the server: the level and settings come from the
 * storage (through ./load-run.ts), the engine re-runs the shown seed at every step and the
 * level's K seeds for the score. Works with JavaScript off. Unknown id or level → 404; a storage
 * outage throws (./error.tsx says so: never "not found"). A run on an ad-hoc level document is
 * labelled a draft level: its title is the client's, not a built-in's or a published level's.
 * The re-run is bounded, cached and rate-limited (./load-run.ts): when it does not run, the page
 * shows the stored facts and why.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { RunExplanation } from '@/components/explain/RunExplanation';
import { SimulationRefused } from '@/components/explain/SimulationRefused';
import { withRunQuery } from '@/components/explain/query';
import { isDraftRun } from '@/app/_server/services/custom-level';
import { loadRunView } from './load-run';

type Params = Promise<{ id: string }>;

/** The stored run, its level and the prepared view, once per request. */
const runView = cache(async (id: string) => loadRunView(id, { headers: await headers() }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await runView((await params).id);
  if (!r) return { title: 'Run not found' };
  return {
    title: `Run explained — ${r.level.title}`,
    description: r.shown.ok ? r.shown.value.explanation.headline : `A stored run on ${r.level.title}`,
    robots: { index: false },
  };
}

export default async function RunPage({ params }: { params: Params }) {
  const r = await runView((await params).id);
  if (!r) notFound();
  const { run, level, settings, seed, shown } = r;
  const when = run.createdAt.toISOString().slice(0, 16).replace('T', ' ');
  const recomputed = shown.ok && shown.value.score.score !== run.score ? ` (the engine now scores it ${shown.value.score.score})` : '';
  const byline = (
    <p data-testid="run.byline">
      Played by <strong>{(run.publicName && run.nickname) || 'an anonymous player'}</strong> on <time dateTime={run.createdAt.toISOString()}>{when} UTC</time> · stored score {run.score}
      {recomputed}
      {isDraftRun(run) ? <span data-testid="run.draft"> · on a draft level sent with the run (not a built-in or published level; on no leaderboard or playlist)</span> : null}
      {run.assisted ? <span data-testid="run.assisted"> · played with the challenge solution’s settings, unchanged (no stars)</span> : null}
    </p>
  );
  if (!shown.ok) return <SimulationRefused title={level.title} status={shown.status} error={shown.error} byline={byline} />;
  return (
    <RunExplanation
      view={shown.value}
      replayHref={run.levelSource === 'builtin' ? withRunQuery(`/play/${level.id}`, level, settings, seed) : null}
      byline={byline}
    />
  );
}
