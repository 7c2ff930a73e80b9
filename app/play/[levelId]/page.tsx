import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelPlayer } from '@/components/player/LevelPlayer';
import { PlaylistBarSlot } from '@/components/player/PlaylistBarSlot';
import { getLevel, LEVELS } from '@/content/levels';

type Params = Promise<{ levelId: string }>;

/** Built-in levels are pre-rendered. */
export function generateStaticParams() {
  return [...LEVELS.keys()].map((levelId) => ({ levelId }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const level = getLevel((await params).levelId);
  return level ? { title: `${level.title}`, description: level.goalText } : { title: 'Level not found' };
}

export default async function PlayPage({ params }: { params: Params }) {
  const { levelId } = await params;
  const level = getLevel(levelId);
  if (!level) notFound();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          Levels
        </Link>{' '}
        / {level.title}
      </nav>
      <PlaylistBarSlot current={level.id} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{level.title}</h1>
        <Link href={`/create?from=${encodeURIComponent(level.id)}`} className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline" data-testid="play.remix">
          Remix this level
        </Link>
      </div>
      <LevelPlayer id={level.id} eager syncUrl heading={false} />
      {level.hints.length ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">Hints</summary>
          <ul className="mt-2 list-disc pl-5">
            {level.hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
