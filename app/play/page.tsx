import type { Metadata } from 'next';
import Link from 'next/link';
import { LEVELS } from '@/content/levels';
import { courseLessons } from '@/content/lessons';
import { FAMILIES, type Level } from '@/engine';
import { LevelStars } from '@/components/course/LevelStars';

export const metadata: Metadata = { title: 'Levels', description: 'Every built-in level of Descent, by lesson, with the stars you earned.' };

function LevelCard({ level }: { level: Level }) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="levels.item" data-level-id={level.id}>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/play/${level.id}`} className="text-lg font-semibold text-indigo-700 hover:underline">
          {level.title}
        </Link>
        <LevelStars levelId={level.id} className="text-sm" />
      </div>
      <p className="mt-1 text-sm text-slate-600">{level.goalText}</p>
      <p className="mt-auto pt-2 text-xs text-slate-500">{FAMILIES[level.landscape.family].label}</p>
    </li>
  );
}

/** All built-in levels, grouped by the lesson that teaches them (a level in no lesson goes last). */
export default function LevelsPage() {
  const lessons = courseLessons();
  const inLessons = new Set(lessons.flatMap((l) => l.outline.challenges));
  const others = [...LEVELS.values()].filter((l) => !inLessons.has(l.id));
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">Levels</h1>
      <p className="mt-2 text-slate-700">
        Each level is a loss landscape, a start and a goal. Pick the settings, launch, and watch the ball. They are grouped by the
        lesson that explains them; the <Link href="/learn" className="font-medium text-indigo-700 underline underline-offset-2">course</Link> plays them in order.
      </p>
      <div data-testid="levels.list">
        {lessons.map((lesson) => (
          <section key={lesson.slug} className="mt-8" aria-labelledby={`levels-${lesson.slug}`}>
            <h2 id={`levels-${lesson.slug}`} className="text-lg font-semibold text-slate-900">
              <Link href={`/learn/${lesson.slug}`} className="hover:text-indigo-700 hover:underline">
                Lesson {lesson.number}: {lesson.title}
              </Link>
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {lesson.outline.challenges.map((id) => {
                const level = LEVELS.get(id);
                return level ? <LevelCard key={id} level={level} /> : null;
              })}
            </ul>
          </section>
        ))}
        {others.length > 0 ? (
          <section className="mt-8" aria-labelledby="levels-more">
            <h2 id="levels-more" className="text-lg font-semibold text-slate-900">
              More levels
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {others.map((level) => (
                <LevelCard key={level.id} level={level} />
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
