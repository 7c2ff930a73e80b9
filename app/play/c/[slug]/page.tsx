/**
 * /play/c/<slug> — a teacher's published level, playable by anyone with the link. Title and goal
 * are plain text; hints and the solution text are rendered as sanitized Markdown (no raw HTML,
 * no MDX). Runs are verified by the server against the stored level (customSlug).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelLoader } from '@/components/player/LevelLoader';
import { PlaylistBarSlot } from '@/components/player/PlaylistBarSlot';
import { renderMarkdown } from '@/components/markdown/safe-markdown';
import { customPlayLevelId } from '@/app/_server/services/custom-level';
import { publishedLevelForPage } from '@/app/_server/services/pages';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await publishedLevelForPage((await params).slug);
  return found
    ? { title: `${found.level.title}`, description: found.level.goalText, robots: { index: false } }
    : { title: 'Level not found' };
}

export default async function CustomLevelPage({ params }: { params: Params }) {
  const { slug } = await params;
  const found = await publishedLevelForPage(slug);
  if (!found) notFound();
  // The browser keeps progress under `c-<slug>`, apart from the built-in levels' ids.
  const level = { ...found.level, id: customPlayLevelId(slug) };
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-6" data-testid="custom-level" data-slug={slug}>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          Levels
        </Link>{' '}
        / A teacher’s level
      </nav>
      <PlaylistBarSlot current={level.id} />
      <h1 className="text-2xl font-bold text-slate-900" data-testid="custom-level.title">
        {level.title}
      </h1>
      <p className="text-slate-700" data-testid="level.goal">
        <span className="font-semibold">Goal: </span>
        {level.goalText}
      </p>
      <LevelLoader level={level} eager syncUrl customSlug={slug} />
      {level.hints.length ? (
        <details className="text-sm text-slate-700" data-testid="custom-level.hints">
          <summary className="cursor-pointer font-medium">Hints</summary>
          <ol className="mt-2 list-decimal pl-5">
            {level.hints.map((h, i) => (
              <li key={i} className="[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_p]:my-1" dangerouslySetInnerHTML={{ __html: renderMarkdown(h) }} />
            ))}
          </ol>
        </details>
      ) : null}
      {level.solutionText ? (
        <details className="text-sm text-slate-700" data-testid="custom-level.solution">
          <summary className="cursor-pointer font-medium">Solution</summary>
          <div className="mt-2 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_p]:my-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(level.solutionText) }} />
        </details>
      ) : null}
    </div>
  );
}
