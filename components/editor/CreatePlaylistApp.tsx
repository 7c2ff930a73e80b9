'use client';
/**
 * /create/playlist: the teacher names a playlist and orders levels, then creates it (POST
 * /api/playlists) and gets the share link (/p/<slug>) and the private edit link (token in the
 * #fragment). The draft is kept in localStorage until it is created.
 */
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import { absolute, createPlaylist } from '@/components/api/client';
import type { Published } from '@/content/contracts/api';
import { CopyLink } from './CopyLink';
import { Section } from './fields';
import { PlaylistForm } from './PlaylistForm';
import { parseStoredPlaylistDraft, playlistRequestBody, type CatalogueGroup, type PlaylistEntry } from './playlist-draft';
import { rememberedDeskKey } from '@/components/api/desk-key';
import { useLocalePath } from '@/components/i18n/useLocalePath';
import { apiErrorText, sentences } from './i18n';

const DRAFT_KEY = 'descent.playlist.draft.v1';

/** The share and edit links of a new playlist (in the reader's edition), with the warning to keep the edit link private. */
export function PlaylistLinks({ published }: { published: Published }) {
  const t = useTranslations('teacher');
  const localePath = useLocalePath();
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return (
    <div className="flex flex-col gap-2" data-testid="playlist.created" data-slug={published.slug}>
      <CopyLink label={t('links.sharePlaylist')} url={absolute(localePath(published.shareUrl), origin)} testId="playlist.shareUrl" />
      <CopyLink label={t('links.edit')} url={absolute(localePath(published.editUrl), origin)} testId="playlist.editUrl" />
      <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" role="note">
        {t('links.keepPlaylistPrivate')}
      </p>
    </div>
  );
}

export default function CreatePlaylistApp({ catalogue }: { catalogue: readonly CatalogueGroup[] }) {
  const t = useTranslations('teacher');
  const locale = useLocale();
  const [title, setTitle] = useState('');
  const [entries, setEntries] = useState<PlaylistEntry[]>([]);
  const [restored, setRestored] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [onDesk, setOnDesk] = useState(false);

  // The saved draft, once, on the client (built-in levels that no longer exist are dropped).
  useEffect(() => {
    let saved: ReturnType<typeof parseStoredPlaylistDraft> = null;
    try {
      saved = parseStoredPlaylistDraft(window.localStorage.getItem(DRAFT_KEY));
    } catch {
      /* storage unavailable */
    }
    if (saved && (saved.title || saved.entries.length)) {
      // Built-in levels take their title in this page's edition (a draft may come from the other).
      const known = new Map(catalogue.flatMap((g) => g.levels.map((l) => [l.id, l.title] as const)));
      setTitle(saved.title);
      setEntries(saved.entries.flatMap((e): PlaylistEntry[] => (e.kind === 'custom' ? [e] : known.has(e.id) ? [{ ...e, title: known.get(e.id) ?? e.title }] : [])));
    }
    setRestored(true);
  }, [catalogue]);

  useEffect(() => {
    if (!restored) return;
    try {
      if (title || entries.length) window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ title, entries }));
      else window.localStorage.removeItem(DRAFT_KEY);
    } catch {
      /* the draft lives in this page only */
    }
  }, [title, entries, restored]);

  const checked = playlistRequestBody(title, entries, t);

  const create = async () => {
    if (!checked.ok) return;
    setBusy(true);
    setError(null);
    // The desk this browser remembers (components/api/desk-key.ts) gets the new playlist.
    const deskKey = rememberedDeskKey();
    const res = await createPlaylist(checked.body, deskKey);
    setBusy(false);
    if (!res.ok) return setError(apiErrorText(t, res));
    setOnDesk(deskKey !== null);
    setPublished(res.value);
    setTitle('');
    setEntries([]);
  };

  return (
    <div className="flex flex-col gap-4">
      {published ? null : <PlaylistForm catalogue={catalogue} title={title} entries={entries} onTitle={setTitle} onEntries={setEntries} />}
      <Section title={published ? t('playlist.ready') : t('playlist.createSection')} testId="playlist.create">
        {published ? (
          <>
            <PlaylistLinks published={published} />
            {onDesk ? (
              <p role="status" className="text-xs text-emerald-700" data-testid="playlist.desk">
                {t.rich('playlist.onDesk', {
                  desk: (chunks) => (
                    <Link href="/desk" className="underline underline-offset-2">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : null}
            <button type="button" className="self-start rounded px-3 py-1.5 text-sm ring-1 ring-slate-300" onClick={() => setPublished(null)} data-testid="playlist.another">
              {t('playlist.another')}
            </button>
          </>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" disabled={!checked.ok || busy} onClick={create} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="playlist.create.button">
                {busy ? t('playlist.creating') : t('playlist.create')}
              </button>
              {!checked.ok ? (
                <span className="text-xs text-slate-600" data-testid="playlist.create.why">
                  {sentences(checked.problems, locale)}
                </span>
              ) : null}
            </div>
            {error ? (
              <p className="text-xs text-red-700" role="alert" data-testid="playlist.create.error">
                {t('serverRefused', { error })}
              </p>
            ) : null}
          </>
        )}
      </Section>
    </div>
  );
}
