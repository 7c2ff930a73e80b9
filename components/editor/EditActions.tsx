'use client';
/** The edit page's actions: save the changes (PUT, same checks as publishing) or unpublish (DELETE). */
import { useState } from 'react';
import { unpublishLevel, updateLevel } from './api';
import { publishReadiness, type Draft } from './draft';
import { Section } from './fields';
import { CopyLink } from './CopyLink';

export function EditActions({ draft, slug, token, onGone }: { draft: Draft; slug: string; token: string; onGone: () => void }) {
  const ready = publishReadiness(draft);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  const save = async () => {
    if (!ready.ok) return;
    setBusy(true);
    const res = await updateLevel(slug, token, ready.level);
    setBusy(false);
    setStatus(res.ok ? { kind: 'ok', text: 'Saved: players now get this version.' } : { kind: 'error', text: `Not saved: ${res.error}` });
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
    <Section title="Published level" testId="editor.edit">
      <CopyLink label="Share link" url={`${origin}/play/c/${slug}`} testId="editor.shareUrl" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={!ready.ok || busy} onClick={save} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="editor.save">
          Save changes
        </button>
        <button type="button" disabled={busy} onClick={unpublish} className="rounded px-4 py-2 text-sm text-red-700 ring-1 ring-red-300" data-testid="editor.unpublish">
          Unpublish
        </button>
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
