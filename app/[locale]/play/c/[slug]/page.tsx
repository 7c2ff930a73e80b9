/**
 * /play/c/<slug> — a teacher's published level, playable by anyone with the link. Title and goal
 * are plain text; hints and the solution text are rendered as sanitized Markdown (no raw HTML,
 * no MDX). Runs are verified by the server against the stored level (customSlug).
 */
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { notFound } from 'next/navigation';
import { LevelLoader } from '@/components/player/LevelLoader';
import { PlaylistBarSlot } from '@/components/player/PlaylistBarSlot';
import { renderMarkdown } from '@/components/markdown/safe-markdown';
import { customPlayLevelId } from '@/app/_server/services/custom-level';
import { publishedLevelForPage } from '@/app/_server/services/pages';
import { editionOf, HTML_LANG, isLocale } from '@/content/i18n/locales';

export const dynamic = 'force-dynamic';

// `locale` is always there in a request (app/[locale]); callers outside one (tests) may leave it out: English.
type Params = Promise<{ slug: string; locale?: string }>;

// The teacher's texts (title, goal, hints, solution) are shown as written, in either edition.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, locale } = await params;
  const found = await publishedLevelForPage(slug);
  if (found) return { title: `${found.level.title}`, description: found.level.goalText, robots: { index: false } };
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'teacher' });
  return { title: t('pages.levelNotFound') };
}

export default async function CustomLevelPage({ params }: { params: Params }) {
  const { slug, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  const found = await publishedLevelForPage(slug);
  if (!found) notFound();
  // The browser keeps progress under `c-<slug>`, apart from the built-in levels' ids.
  const level = { ...found.level, id: customPlayLevelId(slug) };
  // The teacher's words in the language they were written in, whichever edition shows them.
  const written = HTML_LANG[level.lang ?? 'en'];
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-6" data-testid="custom-level" data-slug={slug}>
      <nav aria-label={t('pages.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/play" className="underline-offset-2 hover:underline">
          {t('pages.levels')}
        </Link>{' '}
        / {t('pages.teachersLevel')}
      </nav>
      <PlaylistBarSlot current={level.id} />
      <h1 className="text-2xl font-bold text-slate-900" data-testid="custom-level.title" lang={written}>
        {level.title}
      </h1>
      <p className="text-slate-700" data-testid="level.goal">
        <span className="font-semibold">{t('pages.goal')}</span>
        <span lang={written}>{level.goalText}</span>
      </p>
      <LevelLoader level={level} eager syncUrl customSlug={slug} />
      {level.hints.length ? (
        <details className="text-sm text-slate-700" data-testid="custom-level.hints">
          <summary className="cursor-pointer font-medium">{t('pages.hints')}</summary>
          <ol className="mt-2 list-decimal pl-5" lang={written}>
            {level.hints.map((h, i) => (
              <li key={i} className="[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_p]:my-1" dangerouslySetInnerHTML={{ __html: renderMarkdown(h) }} />
            ))}
          </ol>
        </details>
      ) : null}
      {level.solutionText ? (
        <details className="text-sm text-slate-700" data-testid="custom-level.solution">
          <summary className="cursor-pointer font-medium">{t('pages.solution')}</summary>
          <div lang={written} className="mt-2 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_p]:my-2" dangerouslySetInnerHTML={{ __html: renderMarkdown(level.solutionText) }} />
        </details>
      ) : null}
    </div>
  );
}
