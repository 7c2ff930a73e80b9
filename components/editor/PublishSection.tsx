'use client';
/**
 * Publish: enabled only when the draft validates and a current calibration proved it solvable
 * with three stars (draft.publishReadiness). The server validates and re-checks it again and
 * answers with the share link and the private edit link (token in the #fragment).
 */
import { useEffect, useState } from 'react';
import { absolute, publishLevel } from '@/components/api/client';
import type { Published } from '@/content/contracts/api';
import { publishReadiness, type Draft } from './draft';
import { CopyLink } from './CopyLink';
import { Section } from './fields';

const LAST_KEY = 'descent.editor.lastPublished';

/** The share and edit links, with the warning to keep the edit link private. */
export function PublishedLinks({ published }: { published: Published }) {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return (
    <div className="flex flex-col gap-2" data-testid="editor.published" data-slug={published.slug}>
      <CopyLink label="Share link (students play with this)" url={absolute(published.shareUrl, origin)} testId="editor.shareUrl" />
      <CopyLink label="Private edit link (edit, unpublish, see results)" url={absolute(published.editUrl, origin)} testId="editor.editUrl" />
      <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" role="note">
        Keep the edit link private: anyone who has it can change or unpublish this level and see your class’s results. It cannot be recovered if lost — save it now.
      </p>
    </div>
  );
}

export function PublishSection({ draft }: { draft: Draft }) {
  const ready = publishReadiness(draft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [published, setPublished] = useState<Published | null>(null);

  useEffect(() => {
    try {
      const last = window.localStorage.getItem(LAST_KEY);
      if (last) setPublished(JSON.parse(last) as Published);
    } catch {
      /* nothing saved */
    }
  }, []);

  const publish = async () => {
    if (!ready.ok) return;
    setBusy(true);
    setError(null);
    setPublished(null);
    const res = await publishLevel(ready.level);
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setPublished(res.value);
    try {
      window.localStorage.setItem(LAST_KEY, JSON.stringify(res.value));
    } catch {
      /* the links stay on screen */
    }
  };

  return (
    <Section title="Publish" testId="editor.publish">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={!ready.ok || busy} onClick={publish} className="rounded bg-emerald-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40" data-testid="editor.publish.button">
          {busy ? 'Publishing…' : 'Publish'}
        </button>
        {!ready.ok ? (
          <span className="text-xs text-slate-600" data-testid="editor.publish.why">
            {ready.reason}
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="text-xs text-red-700" role="alert" data-testid="editor.publish.error">
          The server refused: {error}
        </p>
      ) : null}
      {published ? <PublishedLinks published={published} /> : null}
    </Section>
  );
}
