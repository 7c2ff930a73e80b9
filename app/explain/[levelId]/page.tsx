/**
 * /explain/<levelId>?opt=adam&lr=0.05&B=4&seed=2 — explains a run described in the query
 * string (the player's URL keys), rendered entirely on the server: it re-runs the engine
 * (every step for the shown seed, all K seeds for the score), explains the run and draws
 * static SVG charts. Works with JavaScript off. `levelId` may also be `c-<slug>`, a teacher's
 * published level (read from the database).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/app/_server/db/db';
import { levelForPlayId } from '@/app/_server/services/play-level';
import { slugOfPlayLevelId } from '@/app/_server/services/custom-level';
import { readRunFromUrl } from '@/components/player/url-state';
import { prepareRunView } from '@/components/explain/prepare';
import { RunExplanation } from '@/components/explain/RunExplanation';
import { toSearchParams, withRunQuery } from '@/components/explain/query';

type Params = Promise<{ levelId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One computation per request, shared by the metadata and the page (keyed by primitives). */
const explainQuery = cache(async (levelId: string, query: string) => {
  const found = await levelForPlayId(getDb, levelId);
  if (!found) return null;
  const { level } = found;
  const { settings, seed, error } = readRunFromUrl(level, new URLSearchParams(query));
  return { level, settings, seed, error, view: prepareRunView(level, settings, seed) };
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { levelId } = await params;
  const run = await explainQuery(levelId, toSearchParams(await searchParams).toString());
  if (!run) return { title: 'Level not found' };
  return {
    title: `Run explained — ${run.level.title}`,
    description: run.view.explanation.headline,
    robots: { index: false },
  };
}

export default async function ExplainPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { levelId } = await params;
  const run = await explainQuery(levelId, toSearchParams(await searchParams).toString());
  if (!run) notFound();
  const { level, settings, seed, error, view } = run;
  return (
    <RunExplanation
      view={view}
      replayHref={withRunQuery(slugOfPlayLevelId(level.id) ? `/play/c/${slugOfPlayLevelId(level.id)}` : `/play/${level.id}`, level, settings, seed)}
      notice={error ? `Part of the link was ignored (${error}); the level’s default was used instead.` : null}
    />
  );
}
