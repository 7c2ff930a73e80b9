'use client';
/**
 * The open desk: its levels and playlists (title, published or not, runs and students, the share
 * link and the edit link — the desk key in the edit link's #fragment opens the edit page), the
 * form to attach a level or playlist made before (paste its private edit link), and the
 * "remember on this device" choice.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { LocaleLink as Link } from '@/components/i18n/LocaleLink';
import type { DeskDoc, DeskItem } from '@/content/contracts/desk';
import { CopyLink } from '@/components/editor/CopyLink';
import { absolute } from '@/components/api/client';
import { attachToDesk, fetchDesk } from './client';
import { parseEditLink } from './links';
import { apiErrorText } from '@/components/editor/i18n';
import { useLocalePath } from '@/components/i18n/useLocalePath';

type Load = { kind: 'loading' } | { kind: 'error'; status: number; message: string } | { kind: 'ready'; doc: DeskDoc };

/** Whether the level proved its point at its last publish (the server's sweep; teachers only). */
function ProofMark({ proof, testId }: { proof: DeskItem['proof'] | null; testId: string }) {
  const t = useTranslations('teacher');
  const [text, tone] =
    proof === 'proven'
      ? [t('desk.proof.proven'), 'bg-emerald-50 text-emerald-800']
      : proof === 'unproven'
        ? [t('desk.proof.unproven'), 'bg-amber-50 text-amber-900']
        : proof === 'none'
          ? [t('desk.proof.none'), 'bg-slate-100 text-slate-700']
          : [t('desk.proof.unchecked'), 'bg-slate-100 text-slate-700'];
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs ${tone}`} data-testid={testId} data-proof={proof ?? 'unchecked'}>
      {text}
    </span>
  );
}

function ItemList({ items, what, testId }: { items: readonly DeskItem[]; what: 'level' | 'playlist'; testId: string }) {
  const t = useTranslations('teacher');
  // The server's links are English paths: the reader's edition keeps them in it.
  const localePath = useLocalePath();
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid={`${testId}.empty`}>
        {what === 'level' ? t('desk.noLevels') : t('desk.noPlaylists')}
      </p>
    );
  return (
    <ul className="flex flex-col gap-3" data-testid={testId}>
      {items.map((item) => (
        <li key={item.slug} className="flex flex-col gap-2 rounded border border-slate-200 p-3" data-testid={`${testId}.item`} data-slug={item.slug}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-medium text-slate-900" data-testid={`${testId}.title`}>
              {item.title}
            </span>
            <span
              className={`rounded px-1.5 py-0.5 text-xs ${item.published ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-700'}`}
              data-testid={`${testId}.status`}
              data-published={item.published}
            >
              {item.published ? t('desk.published') : t('desk.unpublished')}
            </span>
            {what === 'level' ? <ProofMark proof={item.proof ?? null} testId={`${testId}.proof`} /> : null}
            <span className="text-xs text-slate-600" data-testid={`${testId}.counts`}>
              {t('desk.counts', { runs: item.runs, players: item.players })}
            </span>
          </div>
          <div className="flex flex-wrap gap-3 text-sm">
            <a href={localePath(item.editUrl)} className="font-medium text-indigo-700 underline underline-offset-2" data-testid={`${testId}.edit`}>
              {t('desk.edit')}
            </a>
            {item.published ? (
              <Link href={item.shareUrl} className="text-indigo-700 underline underline-offset-2" data-testid={`${testId}.play`}>
                {t('desk.play')}
              </Link>
            ) : null}
            {what === 'playlist' ? (
              // The live class view opens with the same key as the edit page (the desk's).
              <a href={localePath(item.editUrl.replace('#', '/live#'))} className="text-indigo-700 underline underline-offset-2" data-testid={`${testId}.live`}>
                {t('pages.liveClassView')}
              </a>
            ) : null}
          </div>
          {item.published ? <CopyLink label={t('desk.shareLink')} url={absolute(localePath(item.shareUrl), origin)} testId={`${testId}.shareUrl`} /> : null}
        </li>
      ))}
    </ul>
  );
}

function AttachForm({ deskKey, onAttached }: { deskKey: string; onAttached: () => void }) {
  const t = useTranslations('teacher');
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseEditLink(link, t);
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.reason });
    setBusy(true);
    setMessage(null);
    const res = await attachToDesk(deskKey, parsed.body);
    setBusy(false);
    if (!res.ok) return setMessage({ ok: false, text: apiErrorText(t, res) });
    setLink('');
    setMessage({ ok: true, text: t('desk.attached', { title: res.value.title }) });
    onAttached();
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-2" data-testid="desk.attach">
      <label htmlFor={inputId} className="text-sm text-slate-700">
        {t('desk.attachLabel')}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={link}
          onChange={(e) => setLink(e.target.value)}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          placeholder="https://…/create/edit/…#token=…"
          data-testid="desk.attach.input"
        />
        <button type="submit" disabled={busy} className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 disabled:opacity-40" data-testid="desk.attach.button">
          {busy ? t('desk.attaching') : t('desk.attach')}
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-700'}`} data-testid={message.ok ? 'desk.attach.done' : 'desk.attach.error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}

export function DeskView({ deskKey, remembered, onRemember, onClose }: { deskKey: string; remembered: boolean; onRemember: (remember: boolean) => void; onClose: () => void }) {
  const t = useTranslations('teacher');
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const reload = useCallback(async () => {
    const res = await fetchDesk(deskKey);
    setLoad(res.ok ? { kind: 'ready', doc: res.value } : { kind: 'error', status: res.status, message: apiErrorText(t, res) });
  }, [deskKey, t]);

  useEffect(() => {
    let live = true;
    fetchDesk(deskKey).then((res) => {
      if (live) setLoad(res.ok ? { kind: 'ready', doc: res.value } : { kind: 'error', status: res.status, message: apiErrorText(t, res) });
    });
    return () => {
      live = false;
    };
  }, [deskKey, t]);

  return (
    <div className="flex flex-col gap-6" data-testid="desk.open">
      <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
        <label className="flex items-center gap-2 text-slate-700">
          <input type="checkbox" checked={remembered} onChange={(e) => onRemember(e.target.checked)} data-testid="desk.remembered" />
          {t('desk.rememberThis')}
        </label>
        <span className="text-xs text-slate-600">{remembered ? t('desk.remembered') : t('desk.notRemembered')}</span>
        <button type="button" onClick={onClose} className="ml-auto rounded px-2 py-1 ring-1 ring-slate-300" data-testid="desk.close">
          {t('desk.close')}
        </button>
      </div>
      {load.kind === 'loading' ? <p className="text-sm text-slate-600">{t('desk.loading')}</p> : null}
      {load.kind === 'error' ? (
        <p role="alert" className="text-sm text-red-700" data-testid="desk.error">
          {load.status === 401 ? t('desk.unknownKey') : t('desk.loadFailed', { message: load.message })}
        </p>
      ) : null}
      {load.kind === 'ready' ? (
        <>
          <section aria-labelledby="desk-levels-heading" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="desk-levels-heading" className="text-lg font-semibold text-slate-900">
                {t('desk.myLevels')}
              </h2>
              <Link href="/create" className="text-sm text-indigo-700 underline underline-offset-2">
                {t('pages.newLevel')}
              </Link>
            </div>
            <ItemList items={load.doc.levels} what="level" testId="desk.levels" />
          </section>
          <section aria-labelledby="desk-playlists-heading" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="desk-playlists-heading" className="text-lg font-semibold text-slate-900">
                {t('desk.myPlaylists')}
              </h2>
              <Link href="/create/playlist" className="text-sm text-indigo-700 underline underline-offset-2">
                {t('pages.newPlaylist')}
              </Link>
            </div>
            <ItemList items={load.doc.playlists} what="playlist" testId="desk.playlists" />
          </section>
          <section aria-labelledby="desk-attach-heading" className="flex flex-col gap-2">
            <h2 id="desk-attach-heading" className="text-lg font-semibold text-slate-900">
              {t('desk.attachHeading')}
            </h2>
            <AttachForm deskKey={deskKey} onAttached={() => void reload()} />
          </section>
        </>
      ) : null}
    </div>
  );
}
