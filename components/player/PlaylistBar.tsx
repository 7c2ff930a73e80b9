'use client';
/**
 * The playlist bar on /play/<id>?list=<slug> and /play/c/<slug>?list=<slug>: the playlist's title,
 * "level 2 of 5", previous / next links (keeping ?list, so those runs count for the playlist
 * too) and the stars this browser earned on each level. Renders nothing without ?list; the page
 * stays static (the slug is read on the client).
 */
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { LevelStars } from '@/components/course/LevelStars';
import { fetchPlaylist } from '@/components/api/client';
import type { PlaylistDoc } from '@/content/contracts/api';
import { itemHref, playlistPlace } from './playlist-nav';
import { playlistFromUrl } from './verify';
import { publishPlaylistNext } from './playlist-next';

type State = { kind: 'none' } | { kind: 'loading'; slug: string } | { kind: 'error'; slug: string } | { kind: 'ready'; slug: string; list: PlaylistDoc };

const LINK = 'rounded px-2 py-1 font-medium text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50';

export function PlaylistBar({ current }: { current: string }) {
  const t = useTranslations('player');
  const [state, setState] = useState<State>({ kind: 'none' });
  const untitled = t('playlist.untitled');

  useEffect(() => {
    const slug = playlistFromUrl();
    if (!slug) return;
    setState({ kind: 'loading', slug });
    const ctl = new AbortController();
    fetchPlaylist(slug, undefined, { signal: ctl.signal }).then((res) => {
      if (!ctl.signal.aborted) setState(res.ok ? { kind: 'ready', slug, list: res.value } : { kind: 'error', slug });
    });
    return () => ctl.abort();
  }, []);

  // Tell the player's result card where "Next →" leads (or that this is the playlist's end).
  useEffect(() => {
    if (state.kind !== 'ready') return;
    const place = playlistPlace(state.list.items, current, state.slug, untitled);
    if (!place) return;
    const listHref = `/p/${state.slug}`;
    publishPlaylistNext(place.next ? { href: place.next.href, title: place.next.title, listHref } : { end: true, listHref, title: state.list.title });
    return () => publishPlaylistNext(null);
  }, [state, current, untitled]);

  if (state.kind === 'none') return null;
  // While the playlist loads, hold roughly the bar's height so the player does not jump down.
  if (state.kind === 'loading') return <div className="min-h-24 rounded-lg bg-indigo-50/40" aria-hidden="true" />;
  if (state.kind === 'error')
    return (
      <p className="text-xs text-slate-500" role="status" data-testid="playlist-bar.error">
        {t('playlist.error')}
      </p>
    );
  const { slug, list } = state;
  const place = playlistPlace(list.items, current, slug, untitled);
  if (!place)
    return (
      <p className="text-xs text-slate-500" data-testid="playlist-bar.elsewhere">
        {t.rich('playlist.elsewhere', {
          title: list.title,
          link: (chunks) => (
            <Link href={`/p/${slug}`} className="text-indigo-700 underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  return (
    <nav aria-label={t('playlist.label')} className="flex flex-col gap-2 rounded-lg border border-indigo-100 bg-indigo-50/60 px-3 py-2 text-sm" data-testid="playlist-bar" data-slug={slug} data-position={place.index + 1} data-total={place.total}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-800" data-testid="playlist-bar.place">
          {t.rich('playlist.place', {
            title: list.title,
            n: place.index + 1,
            total: place.total,
            link: (chunks) => (
              <Link href={`/p/${slug}`} className="font-semibold text-indigo-700 underline-offset-2 hover:underline" data-testid="playlist-bar.title">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="flex items-center gap-2">
          {place.prev ? (
            <Link href={place.prev.href} className={LINK} data-testid="playlist-bar.prev" title={place.prev.title}>
              {t('playlist.prev')}
            </Link>
          ) : null}
          {place.next ? (
            <Link href={place.next.href} className={LINK} data-testid="playlist-bar.next" title={place.next.title}>
              {t('playlist.next', { title: place.next.title })}
            </Link>
          ) : (
            <Link href={`/p/${slug}`} className={LINK} data-testid="playlist-bar.done">
              {t('playlist.back')}
            </Link>
          )}
        </div>
      </div>
      <p className="text-xs text-slate-600">{t('playlist.teacherNote')}</p>
      <ol className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label={t('playlist.levels')}>
        {list.items.map((item, i) => {
          const href = itemHref(item, slug);
          const label = `${i + 1}. ${item.title ?? t('playlist.unavailable')}`;
          return (
            <li key={i} className="flex items-center gap-1" data-testid="playlist-bar.item">
              {href && i !== place.index ? (
                <Link href={href} className="text-indigo-700 underline-offset-2 hover:underline" title={label}>
                  {i + 1}
                  <span className="sr-only">. {item.title}</span>
                </Link>
              ) : (
                <span className={i === place.index ? 'font-bold text-slate-900' : 'text-slate-400'} title={label} aria-current={i === place.index ? 'step' : undefined}>
                  {i + 1}
                  <span className="sr-only">. {item.title ?? t('playlist.unavailable')}</span>
                </span>
              )}
              <LevelStars levelId={item.progressId} />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
