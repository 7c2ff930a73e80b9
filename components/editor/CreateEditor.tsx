'use client';
/**
 * /create and /create?from=<level>: the editor on a new level or a fork, with the publish block.
 * A fork of a real network level waits for its data set: its own solution is scored into the
 * draft's calibration (draft.ts `forkDraft`).
 */
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Level } from '@/engine';
import EditorApp from './EditorApp';
import { forkDraft, newDraft } from './draft';
import { draftKey } from './storage';
import { PublishSection } from './PublishSection';
import { useNetworkData } from './useNetworkData';

function Editor({ from }: { from: Level | null }) {
  const t = useTranslations('teacher');
  const lang: 'en' | 'zh' = useLocale() === 'zh' ? 'zh' : 'en';
  const initial = useMemo(
    () => (from ? { ...forkDraft(from, t), lang } : newDraft({ title: t('editor.newTitle'), goalText: t('editor.newGoal'), lang })),
    [from, t, lang],
  );
  // A fork keeps its own saved draft, so a reload of /create?from=<id> loses nothing either.
  const key = draftKey(from ? { fork: from.id } : 'new');
  // The publish block remembers the level published from this draft under the same key.
  return <EditorApp initial={initial} storageKey={key} restoreSaved actions={(d) => <PublishSection draft={d} storageKey={key} />} />;
}

export default function CreateEditor({ from }: { from: Level | null }) {
  // A failed load opens the editor anyway (without a calibration); its landscape section says why.
  const t = useTranslations('teacher');
  const data = useNetworkData(from ? from.landscape : null);
  if (data.state === 'loading') return <p className="text-sm text-slate-600" role="status">{t('editor.loadingData')}</p>;
  return <Editor from={from} />;
}
