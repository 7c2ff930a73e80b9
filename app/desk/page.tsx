import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import DeskApp from '@/components/desk/DeskApp';

export const metadata: Metadata = {
  title: 'My desk',
  description: 'Every level and playlist you made for your class in one list, with their links and results. No account: one secret link.',
  // The desk's secret link lives in the URL fragment; nothing here is for search engines.
  robots: { index: false, follow: false },
};

export default async function DeskPage() {
  // Rendered per request under the nonce policy (app/_server/http/csp.ts): it shows teachers' titles.
  await connection();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          Create
        </Link>{' '}
        / My desk
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">My desk</h1>
      <DeskApp />
    </div>
  );
}
