'use client';
/**
 * The level's words: title, goal sentence, hints and the worked solution. Hints and solution
 * are Markdown, previewed through the same sanitizing renderer the player uses (raw HTML is
 * escaped, javascript: links dropped, links get rel="noopener nofollow").
 */
import { useId, useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { renderMarkdown } from '@/components/markdown/safe-markdown';
import type { Draft, DraftUpdate } from './draft';
import { Section, TextInput, INPUT } from './fields';

const MAX_HINTS = 5;

function MarkdownField(props: { label: string; value: string; onChange: (v: string) => void; testId: string; maxLength: number }) {
  const t = useTranslations('teacher');
  const id = useId();
  const html = useMemo(() => renderMarkdown(props.value), [props.value]);
  return (
    <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {props.label} <span className="font-normal text-slate-500">{t('text.markdown')}</span>
        </label>
        <textarea id={id} rows={3} maxLength={props.maxLength} className={INPUT} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId} />
      </div>
      <div
        className="prose prose-sm min-h-12 rounded border border-dashed border-slate-200 bg-slate-50 px-2 py-1 text-sm"
        aria-label={t('text.preview', { label: props.label })}
        data-testid={`${props.testId}.preview`}
        // renderMarkdown escapes raw HTML and drops dangerous link protocols (safe-markdown.ts).
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}

export function TextSection({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const setHint = (i: number, v: string) => update((d) => ({ ...d, hints: d.hints.map((h, j) => (j === i ? v : h)) }));
  return (
    <Section title={t('text.title')} testId="editor.text">
      <TextInput label={t('text.levelTitle')} value={draft.title} maxLength={120} onChange={(v) => update((d) => ({ ...d, title: v }))} testId="editor.title" />
      <TextInput label={t('text.goal')} value={draft.goalText} maxLength={500} onChange={(v) => update((d) => ({ ...d, goalText: v }))} testId="editor.goalText" />
      {draft.hints.map((h, i) => (
        <div key={i} className="flex flex-col gap-1">
          <MarkdownField label={t('text.hint', { n: String(i + 1) })} value={h} maxLength={1000} onChange={(v) => setHint(i, v)} testId={`editor.hint.${i}`} />
          <button type="button" className="self-start text-xs text-red-700 underline" onClick={() => update((d) => ({ ...d, hints: d.hints.filter((_, j) => j !== i) }))}>
            {t('text.removeHint', { n: String(i + 1) })}
          </button>
        </div>
      ))}
      {draft.hints.length < MAX_HINTS ? (
        <button type="button" className="self-start rounded px-2 py-1 text-xs ring-1 ring-slate-300" onClick={() => update((d) => ({ ...d, hints: [...d.hints, ''] }))} data-testid="editor.hint.add">
          {t('text.addHint')}
        </button>
      ) : null}
      <MarkdownField label={t('text.solution')} value={draft.solutionText} maxLength={4000} onChange={(v) => update((d) => ({ ...d, solutionText: v }))} testId="editor.solutionText" />
    </Section>
  );
}
