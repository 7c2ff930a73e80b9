/**
 * /p/<slug> — a teacher's playlist: its levels in order, each linking to its play page (with
 * `?list=<slug>`, so the run counts in the playlist's results) and the stars this browser has
 * earned on it. The playlist's title and the teachers' levels are shown as written; built-in
 * levels carry their title in the page's edition.
 */
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { notFound } from 'next/navigation';
import { LevelStars } from '@/components/course/LevelStars';
import { PlaylistProgress } from '@/components/course/PlaylistProgress';
import { playlistForPage } from '@/app/_server/services/pages';
import { getLevel } from '@/content/levels';
import { levelIn } from '@/content/i18n/level-text';
import { editionOf, isLocale, type Locale } from '@/content/i18n/locales';
import type { PlaylistItemView } from '@/content/contracts/api';

export const dynamic = 'force-dynamic';

// `locale` is always there in a request (app/[locale]); callers outside one (tests) may leave it out: English.
type Params = Promise<{ slug: string; locale?: string }>;


/** An item's title in the edition: a built-in level's own translation, a teacher's level as written. */
function itemTitle(item: PlaylistItemView, locale: Locale): string | null {
  const builtin = item.kind === 'builtin' && item.title !== null ? getLevel(item.id) : undefined;
  return builtin ? levelIn(builtin, locale).title : item.title;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, locale } = await params;
  const found = await playlistForPage(slug);
  if (found) return { title: `${found.title}`, robots: { index: false } };
  const t = await getTranslations({ locale: editionOf(locale), namespace: 'teacher' });
  return { title: t('pages.playlistNotFound') };
}

export default async function PlaylistPage({ params }: { params: Params }) {
  const { slug, locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('teacher');
  const list = await playlistForPage(slug);
  if (!list) notFound();
  const items = list.items.map((item) => ({ ...item, title: itemTitle(item, editionOf(locale)) }));
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8" data-testid="playlist" data-slug={slug}>
      <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700">{t('pages.playlist')}</p>
      <h1 className="text-3xl font-bold text-slate-900" data-testid="playlist.title">
        {list.title}
      </h1>
      <p className="text-slate-700">{t('pages.playlistLead')}</p>
      <PlaylistProgress items={items.map((item) => ({ title: item.title ?? t('pages.untitledLevel'), href: item.playUrl ? `${item.playUrl}?list=${slug}` : null, progressId: item.progressId }))} />
      <ol className="flex flex-col gap-2" data-testid="playlist.items">
        {items.map((item, i) => (
          <li key={i} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3" data-testid="playlist.item">
            <span className="flex items-center gap-3">
              <span className="w-6 text-right text-sm tabular-nums text-slate-500">{i + 1}.</span>
              {item.playUrl ? (
                <Link href={`${item.playUrl}?list=${slug}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                  {item.title}
                </Link>
              ) : (
                <span className="text-slate-500">{t('pages.levelUnavailable')}</span>
              )}
            </span>
            <LevelStars levelId={item.progressId} />
          </li>
        ))}
      </ol>
    </div>
  );
}
