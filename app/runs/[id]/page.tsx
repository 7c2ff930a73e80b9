/**
 * /runs/<id> — a stored run, explained on the server: the level and settings come from the
 * storage (through ./load-run.ts), the engine re-runs the shown seed at every step and the
 * level's K seeds for the score. Works with JavaScript off. Unknown id or level → 404; a storage
 * outage throws (./error.tsx says so: never "not found"). A run on an ad-hoc level document is
 * labelled a draft level: its title is the client's, not a built-in's or a published level's.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { loadLevel, resolveSettings, type Level } from '@/engine';
import { getLevel } from '@/content/levels';
import { prepareRunView } from '@/components/explain/prepare';
import { RunExplanation } from '@/components/explain/RunExplanation';
import { withRunQuery } from '@/components/explain/query';
import { seedToShow } from '@/components/explain/stored-run';
import { isDraftRun } from '@/app/_server/services/custom-level';
import { loadRun, type StoredRun } from './load-run';

type Params = Promise<{ id: string }>;

/** The stored run, its level and the prepared view, once per request. */
const runView = cache(async (id: string) => {
  const run = await loadRun(id);
  if (!run) return null;
  const level = levelOf(run);
  if (!level) return null;
  const resolved = resolveSettings(level, run.settings);
  if (!resolved.ok) return null;
  const seed = seedToShow(run);
  return { run, level, settings: resolved.settings, seed, view: prepareRunView(level, resolved.settings, seed) };
});

function levelOf(run: StoredRun): Level | null {
  if (run.levelSource === 'builtin') return getLevel(run.levelId) ?? null;
  const loaded = loadLevel(run.levelJson);
  if (!loaded.ok) return null;
  return isDraftRun(run) ? { ...loaded.level, title: `Draft level: ${loaded.level.title}` } : loaded.level;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await runView((await params).id);
  if (!r) return { title: 'Run not found' };
  return {
    title: `Run explained — ${r.level.title}`,
    description: r.view.explanation.headline,
    robots: { index: false },
  };
}

export default async function RunPage({ params }: { params: Params }) {
  const r = await runView((await params).id);
  if (!r) notFound();
  const { run, level, settings, seed, view } = r;
  const when = run.createdAt.toISOString().slice(0, 16).replace('T', ' ');
  const recomputed = view.score.score !== run.score ? ` (the engine now scores it ${view.score.score})` : '';
  return (
    <RunExplanation
      view={view}
      replayHref={run.levelSource === 'builtin' ? withRunQuery(`/play/${level.id}`, level, settings, seed) : null}
      byline={
        <p data-testid="run.byline">
          Played by <strong>{run.nickname ?? 'an anonymous player'}</strong> on <time dateTime={run.createdAt.toISOString()}>{when} UTC</time> · stored score {run.score}
          {recomputed}
          {isDraftRun(run) ? <span data-testid="run.draft"> · on a draft level sent with the run (not a built-in or published level; on no leaderboard or playlist)</span> : null}
          {run.assisted ? <span data-testid="run.assisted"> · played with the challenge solution’s settings, unchanged (no stars)</span> : null}
        </p>
      }
    />
  );
}
