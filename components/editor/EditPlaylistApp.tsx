'use client';
/**
 * /create/playlist/<slug>#token=…: the token is read from the URL fragment (browsers never send
 * it with the URL) and only travels in an Authorization header. The playlist and its results
 * load together: the results need the token, so a missing or wrong one is refused before
 * anything can be edited. Save (PUT, which also publishes again) or unpublish (DELETE, confirmed).
 */
import { useCallback, useEffect, useState } from 'react';
import { fetchPlaylist, fetchPlaylistResults, tokenFromHash, unpublishPlaylist, updatePlaylist } from '@/components/api/client';
import type { PlaylistResultsDoc as Results } from '@/content/contracts/api';
import { CopyLink } from './CopyLink';
import { Section } from './fields';
import { PlaylistForm } from './PlaylistForm';
import { PlaylistResults } from './PlaylistResults';
import { entriesFromItems, playlistRequestBody, type CatalogueGroup, type PlaylistEntry } from './playlist-draft';

type Phase =
  | { kind: 'loading' }
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; token: string; results: Results };

const REFUSED_401 = 'This page needs the private edit link (the one ending in #token=…). The share link can only play the playlist.';
const REFUSED_403 = 'The edit token in this link was refused: it is not this playlist’s edit link.';

export default function EditPlaylistApp({ slug, catalogue }: { slug: string; catalogue: readonly CatalogueGroup[] }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [title, setTitle] = useState('');
  const [entries, setEntries] = useState<PlaylistEntry[]>([]);
  const [published, setPublished] = useState(true);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) return setPhase({ kind: 'refused', message: REFUSED_401 });
    let live = true;
    Promise.all([fetchPlaylistResults(slug, token), fetchPlaylist(slug, token)]).then(([results, list]) => {
      if (!live) return;
      if (!results.ok) {
        if (results.status === 401 || results.status === 403) return setPhase({ kind: 'refused', message: results.status === 401 ? REFUSED_401 : REFUSED_403 });
        return setPhase({ kind: 'error', message: results.status === 404 ? 'This playlist does not exist.' : results.error });
      }
      if (!list.ok) return setPhase({ kind: 'error', message: list.error });
      setTitle(list.value.title);
      setEntries(entriesFromItems(list.value.items));
      setPublished(list.value.published ?? results.value.published);
      setPhase({ kind: 'ready', token, results: results.value });
    });
    return () => {
      live = false;
    };
  }, [slug]);

  const onRefused = useCallback((s: number) => setPhase({ kind: 'refused', message: s === 401 ? REFUSED_401 : REFUSED_403 }), []);

  if (phase.kind === 'loading') return <p className="text-sm text-slate-600">Loading the playlist…</p>;
  if (phase.kind === 'refused' || phase.kind === 'error')
    return (
      <p role="alert" className="text-sm text-red-700" data-testid={phase.kind === 'refused' ? 'playlist.edit.refused' : 'playlist.edit.error'}>
        {phase.message}
      </p>
    );

  const { token } = phase;
  const checked = playlistRequestBody(title, entries);
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
    setStatus(res.ok ? { kind: 'ok', text: published ? 'Saved: students now get this version.' : 'Saved and published again.' } : { kind: 'error', text: `Not saved: ${res.error}` });
  };
  const unpublish = async () => {
    if (!window.confirm('Unpublish this playlist? Its share link will stop working. The results stay readable here.')) return;
    setBusy(true);
    const res = await unpublishPlaylist(slug, token);
    setBusy(false);
    if (res.ok) setPublished(false);
    setStatus(res.ok ? { kind: 'ok', text: 'Unpublished: the share link no longer works. Save to publish it again.' } : { kind: 'error', text: `Not unpublished: ${res.error}` });
  };

  return (
    <div className="flex flex-col gap-4" data-testid="playlist.edit" data-published={published}>
      <Section title={published ? 'Published playlist' : 'Unpublished playlist'} testId="playlist.edit.actions">
        {published ? (
          <>
            <CopyLink label="Share link" url={`${origin}/p/${slug}`} testId="playlist.shareUrl" />
            <p className="text-sm">
              <a href={`/create/playlist/${slug}/live#token=${token}`} className="font-medium text-indigo-700 underline underline-offset-2" data-testid="playlist.live">
                Open the live class view
              </a>{' '}
              <span className="text-slate-600">— best stars and paths as students submit, for the lesson.</span>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700" data-testid="playlist.edit.unpublished">
            This playlist is unpublished: students cannot open it. Saving publishes it again.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" disabled={!checked.ok || busy} onClick={save} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="playlist.save">
            {published ? 'Save changes' : 'Save and publish'}
          </button>
          {published ? (
            <button type="button" disabled={busy} onClick={unpublish} className="rounded px-4 py-2 text-sm text-red-700 ring-1 ring-red-300" data-testid="playlist.unpublish">
              Unpublish
            </button>
          ) : null}
          {!checked.ok ? <span className="text-xs text-slate-600">{checked.problems.join(' ')}</span> : null}
        </div>
        {status ? (
          <p className={`text-xs ${status.kind === 'ok' ? 'text-emerald-700' : 'text-red-700'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="playlist.save.status">
            {status.text}
          </p>
        ) : null}
      </Section>
      <PlaylistForm catalogue={catalogue} title={title} entries={entries} onTitle={setTitle} onEntries={setEntries} />
      <PlaylistResults slug={slug} token={token} initial={phase.results} onRefused={onRefused} version={saved} />
    </div>
  );
}
