import type { Metadata } from 'next';
import Link from 'next/link';
import EditLevelApp from '@/components/editor/EditLevelApp';

// The edit token lives in the URL fragment: nothing here is secret, but keep it out of indexes.
export const metadata: Metadata = { title: 'Edit your level', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Params = Promise<{ slug: string }>;

export default async function EditPage({ params }: { params: Params }) {
  const { slug } = await params;
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/create" className="underline-offset-2 hover:underline">
          Create
        </Link>{' '}
        / Edit
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">Edit your level</h1>
      <EditLevelApp slug={slug} />
    </div>
  );
}
