import type { Metadata } from 'next';
import Link from 'next/link';
import LiveClassApp from '@/components/live/LiveClassApp';

// The key lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export const metadata: Metadata = { title: 'Live class view', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Params = Promise<{ slug: string }>;

/** The live class view of a playlist (components/live/LiveClassApp.tsx). */
export default async function LiveClassPage({ params }: { params: Params }) {
  const { slug } = await params;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/desk" className="underline-offset-2 hover:underline">
          My desk
        </Link>{' '}
        / Live class view
      </nav>
      <LiveClassApp slug={slug} />
    </div>
  );
}
