import type { Metadata } from 'next';
import Link from 'next/link';
import { LEVELS } from '@/content/levels';
import { FAMILIES } from '@/engine';

export const metadata: Metadata = { title: 'Levels · Descent', description: 'Every built-in level of Descent.' };

export default function LevelsPage() {
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">Levels</h1>
      <p className="mt-2 text-slate-700">Each level is a loss landscape, a start and a goal. Pick the settings, launch, and watch the ball.</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2" data-testid="levels.list">
        {[...LEVELS.values()].map((l) => (
          <li key={l.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={`/play/${l.id}`} className="text-lg font-semibold text-indigo-700 hover:underline">
              {l.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{l.goalText}</p>
            <p className="mt-2 text-xs text-slate-500">{FAMILIES[l.landscape.family].label}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
