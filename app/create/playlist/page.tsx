import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import CreatePlaylistApp from '@/components/editor/CreatePlaylistApp';
import { playlistCatalogue } from './catalogue';

export const metadata: Metadata = {
  title: 'Create a playlist',
  description: 'Put built-in levels and your own levels in order for your class, share one link and see the results.',
};

export default async function CreatePlaylistPage() {
  // Rendered per request like the other teacher pages, so it runs under the nonce policy
  // (app/_server/http/csp.ts): its editor shows what teachers type.
  await connection();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          Create
        </Link>{' '}
        / Playlist
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">Create a playlist</h1>
      <p className="text-sm text-slate-700">
        Give your class one link to a series of levels, in the order you choose: built-in levels and levels you{' '}
        <Link href="/create" className="font-medium text-indigo-700 underline underline-offset-2">
          made yourself
        </Link>
        . With the private edit link you see, per level and per nickname, how your students did.
      </p>
      <CreatePlaylistApp catalogue={playlistCatalogue()} />
    </div>
  );
}
