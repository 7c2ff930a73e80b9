'use client';
/**
 * The run page's error boundary: loading a run failed for a reason other than "no such run" —
 * in practice the storage is unavailable (./load-run.ts throws instead of answering 404, so an
 * outage never looks like missing data). Next.js answers the request with a 5xx status.
 */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';

export default function RunError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start px-4 py-20 sm:px-6" data-testid="run.error">
      <p className="text-sm font-semibold uppercase tracking-wider text-amber-700">Temporarily unavailable</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight text-slate-900">This run could not be loaded</h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">
        The run storage is unavailable right now. The run itself is not lost: try again in a few seconds.
      </p>
      <div className="mt-8 flex gap-4">
        <button type="button" onClick={reset} className="rounded-lg bg-indigo-700 px-5 py-3 font-semibold text-white hover:bg-indigo-800" data-testid="run.error.retry">
          Try again
        </button>
        <Link href="/" className="rounded-lg px-5 py-3 font-semibold text-indigo-700 hover:bg-indigo-50">
          Go home
        </Link>
      </div>
    </div>
  );
}
