'use client';
/**
 * /create/playlist/<slug>#token=…: the token is read from the URL fragment (browsers never send
 * it with the URL) and only travels in an Authorization header. The playlist and its results
 * load together: the results need the token, so a missing or wrong one is refused before
 * anything can be edited. Save (PUT, which also publishes again) or unpublish (DELETE, confirmed).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { fetchPlaylist, fetchPlaylistResults, tokenFromHash, unpublishPlaylist, updatePlaylist } from '@/components/api/client';
import type { PlaylistResultsDoc as Results } from '@/content/contracts/api';
import { CopyLink } from './CopyLink';
import { Section } from './fields';
import { PlaylistForm } from './PlaylistForm';
import { PlaylistResults } from './PlaylistResults';
import { entriesFromItems, playlistRequestBody, type CatalogueGroup, type PlaylistEntry } from './playlist-draft';
import { apiErrorText, sentences } from './i18n';
import { useLocalePath } from '@/components/i18n/useLocalePath';

type Phase =
  | { kind: 'loading' }
  | { kind: 'refused'; status: 401 | 403 }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; token: string; results: Results };

/** The refusal of a missing (401) or wrong (403) edit token. */
const refusedAs = (status: number) => ({ kind: 'refused', status: status === 401 ? 401 : 403 }) as const;

export default function EditPlaylistApp({ slug, catalogue }: { slug: string; catalogue: readonly CatalogueGroup[] }) {
  const t = useTranslations('teacher');
  const locale = useLocale();
  const localePath = useLocalePath();
  // Built-in levels' titles in this page's edition (the server names them in English).
  const builtinTitle = useMemo(() => {
    const titles = new Map(catalogue.flatMap((g) => g.levels.map((l) => [l.id, l.title] as const)));
    return (id: string) => titles.get(id);
  }, [catalogue]);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [title, setTitle] = useState('');
  const [entries, setEntries] = useState<PlaylistEntry[]>([]);
  const [published, setPublished] = useState(true);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) return setPhase(refusedAs(401));
    let live = true;
    Promise.all([fetchPlaylistResults(slug, token), fetchPlaylist(slug, token)]).then(([results, list]) => {
      if (!live) return;
      if (!results.ok) {
        if (results.status === 401 || results.status === 403) return setPhase(refusedAs(results.status));
        return setPhase({ kind: 'error', message: results.status === 404 ? t('playlistEdit.notFound') : apiErrorText(t, results) });
      }
      if (!list.ok) return setPhase({ kind: 'error', message: apiErrorText(t, list) });
      setTitle(list.value.title);
      setEntries(entriesFromItems(list.value.items, t, builtinTitle));
      setPublished(list.value.published ?? results.value.published);
      setPhase({ kind: 'ready', token, results: results.value });
    });
    return () => {
      live = false;
    };
  }, [slug, t, builtinTitle]);

  const onRefused = useCallback((s: number) => setPhase(refusedAs(s)), []);

  if (phase.kind === 'loading') return <p className="text-sm text-slate-600">{t('playlistEdit.loading')}</p>;
  if (phase.kind === 'refused' || phase.kind === 'error')
    return (
      <p role="alert" className="text-sm text-red-700" data-testid={phase.kind === 'refused' ? 'playlist.edit.refused' : 'playlist.edit.error'}>
        {phase.kind === 'refused' ? t(phase.status === 401 ? 'playlistEdit.refused401' : 'playlistEdit.refused403') : phase.message}
      </p>
    );

  const { token } = phase;
  const checked = playlistRequestBody(title, entries, t);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  const save = async () => {
    if (!checked.ok) return;
    setBusy(true);
    const res = await updatePlaylist(slug, token, checked.body);
    setBusy(false);
    if (res.ok) {
      setPublished(true);
      setSaved((n) => n + 1);
    } else if (res.status === 401 || res.status === 403) return onRefused(res.status);
    setStatus(
      res.ok
        ? { kind: 'ok', text: published ? t('playlistEdit.saved') : t('playlistEdit.savedPublished') }
        : { kind: 'error', text: t('playlistEdit.notSaved', { error: apiErrorText(t, res) }) },
    );
  };
  const unpublish = async () => {
    if (!window.confirm(t('playlistEdit.confirmUnpublish'))) return;
    setBusy(true);
    const res = await unpublishPlaylist(slug, token);
    setBusy(false);
    if (res.ok) setPublished(false);
    setStatus(res.ok ? { kind: 'ok', text: t('playlistEdit.unpublished') } : { kind: 'error', text: t('publish.notUnpublished', { error: apiErrorText(t, res) }) });
  };

  return (
    <div className="flex flex-col gap-4" data-testid="playlist.edit" data-published={published}>
      <Section title={published ? t('playlistEdit.published') : t('playlistEdit.unpublishedTitle')} testId="playlist.edit.actions">
        {published ? (
          <>
            <CopyLink label={t('links.share')} url={`${origin}${localePath(`/p/${slug}`)}`} testId="playlist.shareUrl" />
            <p className="text-sm">
              <a href={`${localePath(`/create/playlist/${slug}/live`)}#token=${token}`} className="font-medium text-indigo-700 underline underline-offset-2" data-testid="playlist.live">
                {t('playlistEdit.openLive')}
              </a>{' '}
              <span className="text-slate-600">{t('playlistEdit.liveNote')}</span>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700" data-testid="playlist.edit.unpublished">
            {t('playlistEdit.unpublishedNote')}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" disabled={!checked.ok || busy} onClick={save} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="playlist.save">
            {published ? t('playlistEdit.save') : t('playlistEdit.savePublish')}
          </button>
          {published ? (
            <button type="button" disabled={busy} onClick={unpublish} className="rounded px-4 py-2 text-sm text-red-700 ring-1 ring-red-300" data-testid="playlist.unpublish">
              {t('edit.unpublish')}
            </button>
          ) : null}
          {!checked.ok ? <span className="text-xs text-slate-600">{sentences(checked.problems, locale)}</span> : null}
        </div>
        {status ? (
          <p className={`text-xs ${status.kind === 'ok' ? 'text-emerald-700' : 'text-red-700'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="playlist.save.status">
            {status.text}
          </p>
        ) : null}
      </Section>
      <PlaylistForm catalogue={catalogue} title={title} entries={entries} onTitle={setTitle} onEntries={setEntries} />
      <PlaylistResults slug={slug} token={token} initial={phase.results} onRefused={onRefused} version={saved} builtinTitle={builtinTitle} />
    </div>
  );
}
