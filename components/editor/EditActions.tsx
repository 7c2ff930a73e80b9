'use client';
/** The edit page's actions: save the changes (PUT, same checks as publishing) or unpublish (DELETE). */
import { useState } from 'react';
import { unpublishLevel, updateLevel } from '@/components/api/client';
import { publishReadiness, type Draft } from './draft';
import { Section } from './fields';
import { CopyLink } from './CopyLink';

export function EditActions({ draft, slug, token, onGone, published: initiallyPublished = true }: { draft: Draft; slug: string; token: string; onGone: () => void; published?: boolean }) {
  const ready = publishReadiness(draft);
  // An unpublished level (reopened with its token) is published again by saving.
  const [published, setPublished] = useState(initiallyPublished);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  const save = async () => {
    if (!ready.ok) return;
    setBusy(true);
    const res = await updateLevel(slug, token, ready.level);
    setBusy(false);
    if (res.ok) setPublished(true);
    setStatus(res.ok ? { kind: 'ok', text: published ? 'Saved: players now get this version.' : 'Saved and published again.' } : { kind: 'error', text: `Not saved: ${res.error}` });
  };
  const unpublish = async () => {
    if (!window.confirm('Unpublish this level? The share link will stop working.')) return;
    setBusy(true);
    const res = await unpublishLevel(slug, token);
    setBusy(false);
    if (res.ok) onGone();
    else setStatus({ kind: 'error', text: `Not unpublished: ${res.error}` });
  };

  return (
    <Section title={published ? 'Published level' : 'Unpublished level'} testId="editor.edit">
      {published ? (
        <CopyLink label="Share link" url={`${origin}/play/c/${slug}`} testId="editor.shareUrl" />
      ) : (
        <p className="text-sm text-slate-700" data-testid="editor.edit.unpublished">
          This level is unpublished: its share link does not work. Saving publishes it again.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={!ready.ok || busy} onClick={save} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="editor.save">
          {published ? 'Save changes' : 'Save and publish'}
        </button>
        {published ? (
          <button type="button" disabled={busy} onClick={unpublish} className="rounded px-4 py-2 text-sm text-red-700 ring-1 ring-red-300" data-testid="editor.unpublish">
            Unpublish
          </button>
        ) : null}
        {!ready.ok ? <span className="text-xs text-slate-600">{ready.reason}</span> : null}
      </div>
      {status ? (
        <p className={`text-xs ${status.kind === 'ok' ? 'text-emerald-700' : 'text-red-700'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="editor.save.status">
          {status.text}
        </p>
      ) : null}
    </Section>
  );
}
