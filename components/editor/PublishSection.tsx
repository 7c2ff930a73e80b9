'use client';
/**
 * Publish: enabled only when the draft validates and a current calibration proved it solvable
 * with three stars (draft.publishReadiness). The server validates and re-checks it again and
 * answers with the share link and the private edit link (token in the #fragment).
 *
 * The section remembers, per draft (storageKey), the level published from it and the document
 * stored then, and says what a press does (publish-state.ts): the first press publishes a new
 * level; once published the button reads "Published" (nothing to do) until the draft changes,
 * then "Republish", which replaces that same level (PUT with its edit token: same slug, same
 * share link — never a duplicate). Publishing a separate copy is its own, confirmed, action.
 */
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { z } from '@/engine/zod';
import { absolute, proofOfAnswer, publishLevel, updateLevel } from '@/components/api/client';
import { ProofTable } from './ProofTable';
import { PublishedSchema, type Published } from '@/content/contracts/api';
import { publishReadiness, type Draft } from './draft';
import { CopyLink } from './CopyLink';
import { Section } from './fields';
import { levelKey, publishAction, publishState } from './publish-state';
import { rememberedDeskKey } from '@/components/api/desk-key';
import { useLocalePath } from '@/components/i18n/useLocalePath';
import { apiErrorText } from './i18n';

const RECORD_PREFIX = 'descent.editor.published:';

/** What this browser keeps about the level published from a draft (checked when read back). */
const PublishRecordSchema = z.object({ published: PublishedSchema, key: z.string() });
type PublishRecord = z.infer<typeof PublishRecordSchema>;

/** The share and edit links (in the reader's edition), with the warning to keep the edit link private. */
export function PublishedLinks({ published }: { published: Published }) {
  const t = useTranslations('teacher');
  const localePath = useLocalePath();
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return (
    <div className="flex flex-col gap-2" data-testid="editor.published" data-slug={published.slug}>
      <CopyLink label={t('links.shareLevel')} url={absolute(localePath(published.shareUrl), origin)} testId="editor.shareUrl" />
      <CopyLink label={t('links.edit')} url={absolute(localePath(published.editUrl), origin)} testId="editor.editUrl" />
      <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" role="note">
        {t('links.keepLevelPrivate')}
      </p>
    </div>
  );
}

function readRecord(storageKey: string): PublishRecord | null {
  try {
    const raw = window.localStorage.getItem(RECORD_PREFIX + storageKey);
    return raw ? (PublishRecordSchema.safeParse(JSON.parse(raw)).data ?? null) : null;
  } catch {
    return null;
  }
}

function writeRecord(storageKey: string, record: PublishRecord): void {
  try {
    window.localStorage.setItem(RECORD_PREFIX + storageKey, JSON.stringify(record));
  } catch {
    /* the links stay on screen */
  }
}

export function PublishSection({ draft, storageKey = 'new' }: { draft: Draft; storageKey?: string }) {
  const t = useTranslations('teacher');
  const ready = publishReadiness(draft, t);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [record, setRecord] = useState<PublishRecord | null>(null);

  useEffect(() => setRecord(readRecord(storageKey)), [storageKey]);

  const key = levelKey(draft);
  const state = publishState(key, record && { key: record.key, published: true });
  const action = publishAction(state, t);

  const keep = (next: PublishRecord) => {
    setRecord(next);
    writeRecord(storageKey, next);
  };

  /** Publishes a new level (first press, or the confirmed "separate copy"). */
  const publishNew = async () => {
    if (!ready.ok) return;
    setBusy(true);
    setError(null);
    setDone(null);
    // The desk this browser remembers (components/api/desk-key.ts) gets the new level.
    const deskKey = rememberedDeskKey();
    const res = await publishLevel(ready.level, deskKey);
    setBusy(false);
    if (!res.ok) return setError(apiErrorText(t, res));
    keep({ published: res.value, key });
    setDone(deskKey ? t('publish.done.onDesk') : t('publish.done.published'));
  };

  /** Replaces the level published from this draft (same slug and share link). */
  const republish = async () => {
    if (!ready.ok || !record) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const res = await updateLevel(record.published.slug, record.published.editToken, ready.level);
    setBusy(false);
    if (!res.ok) return setError(apiErrorText(t, res));
    keep({ ...record, key, published: { ...record.published, proof: proofOfAnswer(res.value) } });
    setDone(t('publish.done.republished'));
  };

  const separateCopy = () => {
    if (window.confirm(t('publish.confirmCopy'))) void publishNew();
  };

  const press = action.method === 'PUT' ? republish : publishNew;
  return (
    <Section title={t('publish.title')} testId="editor.publish">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={action.method === null || !ready.ok || busy}
          onClick={() => void press()}
          className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40"
          data-testid="editor.publish.button"
          data-state={state}
        >
          {busy ? t('publish.publishing') : action.label}
        </button>
        {record ? (
          <button type="button" disabled={!ready.ok || busy} onClick={separateCopy} className="text-xs text-slate-700 underline disabled:opacity-40" data-testid="editor.publish.copy">
            {t('publish.copy')}
          </button>
        ) : null}
        {!ready.ok && state !== 'published' ? (
          <span className="text-xs text-slate-600" data-testid="editor.publish.why">
            {ready.reason}
          </span>
        ) : null}
      </div>
      {action.note ? (
        <p className={`text-xs ${state === 'changed' ? 'text-amber-800' : 'text-slate-700'}`} data-testid="editor.publish.state" data-state={state}>
          {action.note}
        </p>
      ) : null}
      {done ? (
        <p className="text-xs text-emerald-700" role="status" data-testid="editor.publish.done">
          {done}
        </p>
      ) : null}
      {error ? (
        <p className="text-xs text-red-700" role="alert" data-testid="editor.publish.error">
          {t('serverRefused', { error })}
        </p>
      ) : null}
      {record ? <PublishedLinks published={record.published} /> : null}
      {record && record.published.proof !== undefined ? (
        <div className="flex flex-col gap-1" data-testid="editor.publish.proof">
          <p className="text-xs font-medium text-slate-700">{t('publish.serverCheck')}</p>
          <ProofTable proof={record.published.proof ?? null} source="server" />
        </div>
      ) : null}
    </Section>
  );
}
