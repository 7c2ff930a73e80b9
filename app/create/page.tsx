import type { Metadata } from 'next';
import Link from 'next/link';
import CreateEditor from '@/components/editor/CreateEditor';
import { getLevel } from '@/content/levels';

export const metadata: Metadata = {
  title: 'Create a level',
  description: 'Build your own loss landscape level, calibrate it and share it with your class.',
};

type Search = Promise<{ from?: string | string[] }>;

export default async function CreatePage({ searchParams }: { searchParams: Search }) {
  const { from } = await searchParams;
  const id = typeof from === 'string' ? from : undefined;
  const level = id ? (getLevel(id) ?? null) : null;
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          Levels
        </Link>{' '}
        / Create
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{level ? `Remix “${level.title}”` : 'Create a level'}</h1>
        <nav aria-label="What you can create" className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="create.landing">
          <span className="text-slate-600">For your class:</span>
          <Link href="/create" aria-current={level || id ? undefined : 'page'} className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.new-level">
            New level
          </Link>
          <Link href="/create/playlist" className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.new-playlist">
            New playlist
          </Link>
          <Link href="/desk" className="rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" data-testid="create.desk">
            My desk
          </Link>
        </nav>
      </div>
      {id && !level ? (
        <p className="text-sm text-amber-700" role="status">
          There is no built-in level “{id}”: starting from a new level instead.
        </p>
      ) : null}
      <CreateEditor from={level} />
    </div>
  );
}
