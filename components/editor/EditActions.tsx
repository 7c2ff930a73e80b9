'use client';
/**
 * The edit page's actions. The button says what it does (publish-state.ts): "Published" while the
 * draft is what the server has, "Republish" once it differs (PUT, same checks as publishing: the
 * same slug and share link, students get the new version), "Publish again" for an unpublished
 * level; and unpublish (DELETE, confirmed).
 */
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { LevelProof } from '@/engine';
import { proofOfAnswer, unpublishLevel, updateLevel } from '@/components/api/client';
import { ProofTable } from './ProofTable';
import { publishReadiness, type Draft } from './draft';
import { Section } from './fields';
import { CopyLink } from './CopyLink';
import { levelKey, publishAction, publishState, type StoredLevel } from './publish-state';
import { apiErrorText } from './i18n';
import { useLocalePath } from '@/components/i18n/useLocalePath';

export interface EditActionsProps {
  readonly draft: Draft;
  readonly slug: string;
  readonly token: string;
  readonly onGone: () => void;
  readonly published?: boolean;
  /** levelKey of the level as loaded from the server (what is stored now). */
  readonly storedKey: string;
  /** The server's proof of the stored version (null: no intent checked yet / published before proofs). */
  readonly proof?: LevelProof | null;
}

export function EditActions({ draft, slug, token, onGone, published: initiallyPublished = true, storedKey, proof: storedProof = null }: EditActionsProps) {
  const t = useTranslations('teacher');
  const localePath = useLocalePath();
  const [proof, setProof] = useState<LevelProof | null>(storedProof);
  const ready = publishReadiness(draft, t);
  const [stored, setStored] = useState<StoredLevel>({ key: storedKey, published: initiallyPublished });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const key = levelKey(draft);
  const state = publishState(key, stored);
  const action = publishAction(state, t);

  const save = async () => {
    if (!ready.ok || action.method !== 'PUT') return;
    setBusy(true);
    const res = await updateLevel(slug, token, ready.level);
    setBusy(false);
    if (res.ok) {
      setStored({ key, published: true });
      setProof(proofOfAnswer(res.value));
    }
    setStatus(
      res.ok
        ? { kind: 'ok', text: stored.published ? t('publish.done.republished') : t('publish.done.publishedAgain') }
        : { kind: 'error', text: t('publish.notPublished', { error: apiErrorText(t, res) }) },
    );
  };
  const unpublish = async () => {
    if (!window.confirm(t('edit.confirmUnpublish'))) return;
    setBusy(true);
    const res = await unpublishLevel(slug, token);
    setBusy(false);
    if (res.ok) onGone();
    else setStatus({ kind: 'error', text: t('publish.notUnpublished', { error: apiErrorText(t, res) }) });
  };

  return (
    <Section title={stored.published ? t('edit.publishedLevel') : t('edit.unpublishedLevel')} testId="editor.edit">
      {stored.published ? (
        <CopyLink label={t('links.share')} url={`${origin}${localePath(`/play/c/${slug}`)}`} testId="editor.shareUrl" />
      ) : (
        <p className="text-sm text-slate-700" data-testid="editor.edit.unpublished">
          {t('edit.unpublishedNote')}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={action.method === null || !ready.ok || busy}
          onClick={() => void save()}
          className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40"
          data-testid="editor.save"
          data-state={state}
        >
          {busy ? t('publish.publishing') : action.label}
        </button>
        {stored.published ? (
          <button type="button" disabled={busy} onClick={unpublish} className="rounded px-4 py-2 text-sm text-red-700 ring-1 ring-red-300" data-testid="editor.unpublish">
            {t('edit.unpublish')}
          </button>
        ) : null}
        {!ready.ok && state !== 'published' ? <span className="text-xs text-slate-600">{ready.reason}</span> : null}
      </div>
      {action.note ? (
        <p className={`text-xs ${state === 'changed' ? 'text-amber-800' : 'text-slate-700'}`} data-testid="editor.publish.state" data-state={state}>
          {action.note}
        </p>
      ) : null}
      <div className="flex flex-col gap-1" data-testid="editor.edit.proof" data-status={proof?.status ?? 'unchecked'}>
        <p className="text-xs font-medium text-slate-700">{t('publish.serverCheck')}</p>
        <ProofTable proof={proof} source="server" />
      </div>
      {status ? (
        <p className={`text-xs ${status.kind === 'ok' ? 'text-emerald-700' : 'text-red-700'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="editor.save.status">
          {status.text}
        </p>
      ) : null}
    </Section>
  );
}
