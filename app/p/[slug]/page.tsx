/**
 * /p/<slug> — a teacher's playlist: its levels in order, each linking to its play page (with
 * `?list=<slug>`, so the run counts in the playlist's results) and the stars this browser has
 * earned on it.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelStars } from '@/components/course/LevelStars';
import { PlaylistProgress } from '@/components/course/PlaylistProgress';
import { playlistForPage } from '@/app/_server/services/pages';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await playlistForPage((await params).slug);
  return found ? { title: `${found.title}`, robots: { index: false } } : { title: 'Playlist not found' };
}

export default async function PlaylistPage({ params }: { params: Params }) {
  const { slug } = await params;
  const list = await playlistForPage(slug);
  if (!list) notFound();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8" data-testid="playlist" data-slug={slug}>
      <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700">Playlist</p>
      <h1 className="text-3xl font-bold text-slate-900" data-testid="playlist.title">
        {list.title}
      </h1>
      <p className="text-slate-700">Play the levels in order. Set a nickname in the player so your teacher sees your results.</p>
      <PlaylistProgress items={list.items.map((item) => ({ title: item.title ?? 'Untitled level', href: item.playUrl ? `${item.playUrl}?list=${slug}` : null, progressId: item.progressId }))} />
      <ol className="flex flex-col gap-2" data-testid="playlist.items">
        {list.items.map((item, i) => (
          <li key={i} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3" data-testid="playlist.item">
            <span className="flex items-center gap-3">
              <span className="w-6 text-right text-sm tabular-nums text-slate-500">{i + 1}.</span>
              {item.playUrl ? (
                <Link href={`${item.playUrl}?list=${slug}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                  {item.title}
                </Link>
              ) : (
                <span className="text-slate-500">This level is no longer available</span>
              )}
            </span>
            <LevelStars levelId={item.progressId} />
          </li>
        ))}
      </ol>
    </div>
  );
}
