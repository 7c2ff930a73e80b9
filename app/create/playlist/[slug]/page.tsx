import type { Metadata } from 'next';
import Link from 'next/link';
import EditPlaylistApp from '@/components/editor/EditPlaylistApp';
import { playlistCatalogue } from '../catalogue';

// The edit token lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export const metadata: Metadata = { title: 'Edit your playlist', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Params = Promise<{ slug: string }>;

export default async function EditPlaylistPage({ params }: { params: Params }) {
  const { slug } = await params;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/create/playlist" className="underline-offset-2 hover:underline">
          Create a playlist
        </Link>{' '}
        / Edit
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">Edit your playlist</h1>
      <EditPlaylistApp slug={slug} catalogue={playlistCatalogue()} />
    </div>
  );
}
