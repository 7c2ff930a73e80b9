'use client';
/**
 * The level editor: one draft in state (saved to localStorage as it changes), validated on
 * every change by the engine's schema; the preview and test-play get the last valid level
 * (debounced while typing). Sections each edit one part of the draft. A real network's data set
 * is loaded as soon as the draft is on one; its real row count then joins the validation.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Level } from '@/engine';
import { fingerprint, levelIdFromTitle, paramsOf, validateDraft, type Draft, type DraftUpdate } from './draft';
import { useNetworkData } from './useNetworkData';
import { clearDraft, loadDraft, saveDraft } from './storage';
import { useDebounced } from './useDebounced';
import { LandscapeSection } from './LandscapeSection';
import { GoalSection } from './GoalSection';
import { ControlsSection } from './ControlsSection';
import { IntentSection } from './IntentSection';
import { TextSection } from './TextSection';
import { CalibrateSection } from './CalibrateSection';
import { FileSection } from './FileSection';
import { TestPlay } from './TestPlay';
import { PreviewMap, type PickTarget } from './PreviewMap';
import { ProblemList } from './ProblemList';

export interface EditorAppProps {
  /** The draft to start from (a new level, a fork, or a published level). */
  readonly initial: Draft;
  /** localStorage key of this editor's draft. */
  readonly storageKey: string;
  /** Prefer a saved draft over `initial` (false when forking or loading a fresh copy). */
  readonly restoreSaved: boolean;
  /** Keep the level id fixed (editing a published level) instead of following the title. */
  readonly fixedId?: boolean;
  /** The publish (or save / unpublish) block, given the current draft. */
  readonly actions: (draft: Draft) => ReactNode;
  /** Extra blocks under the editor (the results table on the edit page). */
  readonly children?: ReactNode;
}

export default function EditorApp({ initial, storageKey, restoreSaved, fixedId = false, actions, children }: EditorAppProps) {
  const t = useTranslations('teacher');
  const [draft, setDraft] = useState<Draft>(initial);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  // A saved draft (after a reload) wins over the initial one, once, on the client.
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const saved = restoreSaved ? loadDraft(storageKey) : null;
    if (saved) {
      setDraft(saved);
      setRestored(true);
    }
  }, [restoreSaved, storageKey]);

  const savedDraft = useDebounced(draft, 300);
  useEffect(() => {
    // The untouched initial draft is not saved: it would overwrite a saved one before it is restored.
    if (loaded.current && savedDraft !== initial) saveDraft(storageKey, savedDraft);
  }, [savedDraft, storageKey, initial]);

  const update: DraftUpdate = useCallback(
    (change) =>
      setDraft((d) => {
        const next = change(d);
        return fixedId || next.title === d.title ? next : { ...next, id: levelIdFromTitle(next.title) };
      }),
    [fixedId],
  );

  const spec = useMemo(() => ({ family: draft.family, params: paramsOf(draft) }), [draft]);
  const data = useNetworkData(spec);
  const rowsState = data.state;
  const validation = useMemo(() => {
    // Validated again once a network's rows arrive: its batch sizes against the real rows.
    void rowsState;
    return validateDraft(draft);
  }, [draft, rowsState]);
  const valid = validation.ok ? validation.level : null;
  // The preview follows the last valid level, debounced so typing does not recompute every key.
  const [lastValid, setLastValid] = useState<Level | null>(valid);
  const debounced = useDebounced(valid, 250);
  useEffect(() => {
    if (debounced) setLastValid(debounced);
  }, [debounced]);

  const onPick = useCallback(
    (target: PickTarget, x: number, y: number) => {
      const p: [number, number] = [Number(x.toPrecision(3)), Number(y.toPrecision(3))];
      update((d) => (target === 'start' ? { ...d, start: p } : d.goal.kind === 'region' ? { ...d, goal: { ...d.goal, center: p } } : d));
    },
    [update],
  );

  return (
    <div className="flex flex-col gap-4" data-testid="editor" data-valid={valid ? 'true' : 'false'}>
      {restored ? (
        <p className="text-xs text-slate-600" role="status" data-testid="editor.restored">
          {t('editor.restored')}{' '}
          <button type="button" className="underline" onClick={() => {
              clearDraft(storageKey);
              setDraft(initial);
              setRestored(false);
            }} data-testid="editor.discard">
            {t('editor.discard')}
          </button>
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <LandscapeSection draft={draft} update={update} data={data} />
          <GoalSection draft={draft} update={update} />
          <ControlsSection draft={draft} update={update} rowsLoading={data.state === 'loading'} />
          <IntentSection draft={draft} update={update} />
          <TextSection draft={draft} update={update} />
        </div>
        <div className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
          {lastValid ? <PreviewMap level={lastValid} onPick={onPick} /> : <div className="aspect-[4/3] rounded-lg bg-slate-100" />}
          {!validation.ok ? <ProblemList errors={validation.errors} testId="editor.problems" title={t('editor.problemsTitle')} /> : null}
          <CalibrateSection draft={draft} update={update} level={valid} />
          {actions(draft)}
          <FileSection validation={validation} onImport={(d) => setDraft((prev) => (fixedId ? { ...d, id: prev.id } : d))} />
        </div>
      </div>
      <TestPlay level={valid} version={valid ? fingerprint(valid) + valid.stars.join() : 'invalid'} />
      {children}
    </div>
  );
}
