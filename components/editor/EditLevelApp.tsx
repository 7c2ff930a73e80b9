'use client';
/**
 * /create/edit/<slug>#token=…: the token is read from the URL fragment (browsers never send
 * it to the server with the URL) and only ever travels in an Authorization header. Loads the
 * published level, lets the teacher edit and save (PUT) or unpublish (DELETE), and shows the
 * class's results. A missing or refused token is said plainly; nothing can be changed then.
 * A real network level's data set is loaded before its draft is made (its own solution is scored
 * into the draft's calibration).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { loadLevel, type LevelProof } from '@/engine';
import EditorApp from './EditorApp';
import { fetchLevelState, tokenFromHash } from '@/components/api/client';
import { publishedDraft, type Draft } from './draft';
import { draftKey } from './storage';
import { EditActions } from './EditActions';
import { ResultsTable } from './ResultsTable';
import { levelKey } from './publish-state';
import { networkDataLoaded } from '@/engine/level/network-rows';
import { apiErrorText, say, type Message } from './i18n';
import { validationMessageIn } from '@/components/i18n/engine-words-errors';

type Phase =
  | { kind: 'loading' }
  | { kind: 'no-token' }
  | { kind: 'error'; message: Message | string; token: string | null }
  | { kind: 'ready'; draft: Draft; token: string; published: boolean; storedKey: string; proof: LevelProof | null }
  | { kind: 'gone' };

export default function EditLevelApp({ slug }: { slug: string }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [refused, setRefused] = useState<401 | 403 | null>(null);

  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) {
      setPhase({ kind: 'no-token' });
      return;
    }
    let live = true;
    fetchLevelState(slug, token).then(async (res) => {
      if (!live) return;
      // An unpublished level keeps its results: they stay readable with the token.
      if (!res.ok) return setPhase({ kind: 'error', message: res.status === 404 ? { key: 'edit.gone404' } : apiErrorText(t, res), token: res.status === 404 ? token : null });
      const loaded = loadLevel(res.value.level);
      if (!loaded.ok) return setPhase({ kind: 'error', message: { key: 'edit.invalidStored', values: { problems: loaded.errors.map((e) => `${e.path}: ${validationMessageIn(e.message, tw)}`).join(tw('proof.reasonSeparator')) } }, token: null });
      const level = loaded.level;
      // Should the rows fail to load, the draft comes without a calibration and the editor says why.
      if (!networkDataLoaded(level.landscape)) await import('@/content/datasets/ready').then((m) => m.readyLandscape(level.landscape)).catch(() => undefined);
      if (!live) return;
      const draft = publishedDraft(level);
      // What the server holds, to tell a restored or edited draft from it (publish-state.ts).
      setPhase({ kind: 'ready', draft, token, published: res.value.published, storedKey: levelKey(draft), proof: res.value.proof });
    });
    return () => {
      live = false;
    };
  }, [slug, t, tw]);

  const onRefused = useCallback((status: number) => {
    setRefused(status === 401 ? 401 : 403);
  }, []);
  const refusal = refused === null ? null : refused === 401 ? t('edit.refused401') : t('edit.refused403');

  if (phase.kind === 'loading') return <p className="text-sm text-slate-600">{t('edit.loading')}</p>;
  if (phase.kind === 'no-token')
    return (
      <p role="alert" className="text-sm text-red-700" data-testid="editor.edit.refused">
        {t('edit.noToken')}
      </p>
    );
  if (phase.kind === 'error')
    return (
      <div className="flex flex-col gap-4">
        <p role="alert" className="text-sm text-red-700" data-testid="editor.edit.error">
          {say(t, phase.message)}
        </p>
        {phase.token && !refused ? <ResultsTable slug={slug} token={phase.token} onRefused={onRefused} /> : null}
        {refused ? <p role="alert" className="text-sm text-red-700" data-testid="editor.edit.refused">{refusal}</p> : null}
      </div>
    );
  if (phase.kind === 'gone')
    return (
      <p role="status" className="text-sm text-slate-700" data-testid="editor.edit.gone">
        {t('edit.gone')}
      </p>
    );
  if (refused)
    return (
      <p role="alert" className="text-sm text-red-700" data-testid="editor.edit.refused">
        {refusal}
      </p>
    );
  return (
    <EditorApp
      initial={phase.draft}
      storageKey={draftKey({ edit: slug })}
      restoreSaved
      fixedId
      actions={(d) => <EditActions draft={d} slug={slug} token={phase.token} published={phase.published} storedKey={phase.storedKey} proof={phase.proof} onGone={() => setPhase({ kind: 'gone' })} />}
    >
      <ResultsTable slug={slug} token={phase.token} onRefused={onRefused} />
    </EditorApp>
  );
}
