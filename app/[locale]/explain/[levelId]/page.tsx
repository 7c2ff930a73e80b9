/**
 * /explain/<levelId>?opt=adam&lr=0.05&B=4&seed=2 — explains a run described in the query
 * string (the player's URL keys), rendered entirely on the server: it re-runs the engine
 * (every step for the shown seed, all K seeds for the score), explains the run and draws
 * static SVG charts. Works with JavaScript off. `levelId` may also be `c-<slug>`, a teacher's
 * published level (read from the database). The re-run is bounded, cached and rate-limited
 * (./load-explain.ts): when it does not run, the page says why.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { slugOfPlayLevelId } from '@/app/_server/services/custom-level';
import { RunExplanation } from '@/components/explain/RunExplanation';
import { SimulationRefused } from '@/components/explain/SimulationRefused';
import { toSearchParams, withRunQuery } from '@/components/explain/query';
import { loadExplanation } from './load-explain';

type Params = Promise<{ levelId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One computation per request, shared by the metadata and the page (keyed by primitives). */
const explainQuery = cache(async (levelId: string, query: string) => loadExplanation(levelId, query, { headers: await headers() }));

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { levelId } = await params;
  const run = await explainQuery(levelId, toSearchParams(await searchParams).toString());
  if (!run) return { title: 'Level not found' };
  return {
    title: `Run explained — ${run.level.title}`,
    description: run.shown.ok ? run.shown.value.explanation.headline : `A run on ${run.level.title}`,
    robots: { index: false },
  };
}

export default async function ExplainPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { levelId } = await params;
  const run = await explainQuery(levelId, toSearchParams(await searchParams).toString());
  if (!run) notFound();
  const { level, settings, seed, error, shown } = run;
  if (!shown.ok) return <SimulationRefused title={level.title} status={shown.status} error={shown.error} />;
  return (
    <RunExplanation
      view={shown.value}
      replayHref={withRunQuery(slugOfPlayLevelId(level.id) ? `/play/c/${slugOfPlayLevelId(level.id)}` : `/play/${level.id}`, level, settings, seed)}
      notice={error ? `Part of the link was ignored (${error}); the level’s default was used instead.` : null}
    />
  );
}
