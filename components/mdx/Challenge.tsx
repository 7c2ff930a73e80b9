/**
 * `<Challenge id="…">lead-in</Challenge>`: a lesson's checked exercise. Server-rendered: title,
 * place in the lesson, goal and hints are readable without JavaScript (hints and solution are
 * <details>, revealed one at a time); the player and the stars earned hydrate in place. The
 * engine's score decides "done". An unknown id is a visible error in development and fails the
 * production build (the content check names it earlier).
 */
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/content/i18n/locales';
import { levelIn } from '@/content/i18n/level-text';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { getLevel } from '@/content/levels';
import { challengePlace } from '@/content/lessons';
import { levelDefaults } from '@/engine';
import { LevelPlayer } from '@/components/player/LevelPlayer';
import { writeRunToUrl } from '@/components/player/url-state';
import { LevelStars } from '@/components/course/LevelStars';
import { ApplySolution } from '@/components/player/ApplySolution';
import { describeSettings } from '@/components/course/setting-labels';
import { renderMarkdown } from '@/components/markdown/safe-markdown';

export function Challenge({ id, children }: { id: string; children?: ReactNode }) {
  const t = useTranslations('mdx');
  const tp = useTranslations('player');
  const locale = useLocale();
  const found = getLevel(id);
  const level = found && isLocale(locale) ? levelIn(found, locale) : found;
  if (!level) {
    if (process.env.NODE_ENV === 'production') throw new Error(`Lesson embeds unknown level id "${id}" (see content/levels/)`);
    return (
      <div role="alert" className="my-8 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-800" data-testid="challenge.unknown">
        Unknown level <code>{id}</code>: no such file in content/levels/. The build check fails until it is fixed.
      </div>
    );
  }
  const place = challengePlace(id);
  const solution = level.solution ?? {};
  const solutionQuery = writeRunToUrl(level, { ...levelDefaults(level), ...solution }, 1).toString();
  const headingId = `challenge-${id}`;
  return (
    <section aria-labelledby={headingId} className="not-prose my-8 rounded-2xl border border-indigo-200 bg-white p-4 shadow-sm sm:p-5" data-testid="challenge" data-level-id={id}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="scroll-mt-24 text-xl font-semibold text-slate-900">
          <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-indigo-700">{place ? t('challengeOf', { index: place.index, total: place.total }) : t('challenge')}</span>
          {level.title}
        </h3>
        <LevelStars levelId={id} className="text-lg" />
      </header>
      <LevelPlayer id={id} heading={false} brief={children ?? <></>} />
      <div className="mt-4 space-y-2">
        {level.hints.map((hint, i) => (
          <details key={i} className="group rounded-lg border border-slate-200 bg-slate-50 px-4 py-2" data-testid="challenge.hint">
            <summary className="cursor-pointer font-medium text-slate-800">{level.hints.length > 1 ? t('hintN', { n: i + 1 }) : t('hint')}</summary>
            <div className="prose-hint mt-2 text-slate-700 [&_code]:rounded [&_code]:bg-white [&_code]:px-1" dangerouslySetInnerHTML={{ __html: renderMarkdown(hint) }} />
          </details>
        ))}
        <details className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2" data-testid="challenge.solution">
          <summary className="cursor-pointer font-medium text-amber-950">{t('showSolution')}</summary>
          {level.solutionText ? (
            <div className="mt-2 text-slate-800 [&_code]:rounded [&_code]:bg-white [&_code]:px-1 [&_p]:my-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(level.solutionText) }} />
          ) : null}
          <p className="mt-2 text-sm text-slate-700">{t('settings', { list: describeSettings(solution, tp).join(tp('listSeparator')) })}</p>
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <ApplySolution levelId={id} query={solutionQuery} />
            <Link href={`/play/${id}?${solutionQuery ? `${solutionQuery}&` : ''}sol=1`} className="font-medium text-indigo-700 underline underline-offset-2" data-testid="challenge.solution-link">
              {t('playWith')}
            </Link>
          </p>
        </details>
      </div>
    </section>
  );
}
