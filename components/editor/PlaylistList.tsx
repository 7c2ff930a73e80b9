'use client';
/**
 * The playlist's levels in order, each with Up / Down / Remove buttons (plain buttons: keyboard
 * and screen-reader friendly). After a move the focus follows the moved level's button, and a
 * live region says where it went.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { entryKey, moveEntry, removeEntry, type PlaylistEntry } from './playlist-draft';

const BTN = 'rounded px-2 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-30';

export function PlaylistList({ entries, onChange }: { entries: readonly PlaylistEntry[]; onChange: (next: PlaylistEntry[]) => void }) {
  const t = useTranslations('teacher');
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<string | null>(null);

  useEffect(() => {
    if (focus === null) return;
    buttons.current.get(focus)?.focus();
    setFocus(null);
  }, [focus, entries]);

  const move = (i: number, delta: -1 | 1) => {
    const to = i + delta;
    const next = moveEntry(entries, i, delta);
    onChange(next);
    setSaid(t('playlist.moved', { title: entries[i].title, position: String(to + 1), total: String(entries.length) }));
    // Keep the focus on the same button of the moved level, or the other one at an end.
    const dir = (to === 0 && delta < 0) || (to === entries.length - 1 && delta > 0) ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    setFocus(`${entryKey(entries[i])}:${dir}`);
  };
  const remove = (i: number) => {
    onChange(removeEntry(entries, i));
    setSaid(t('playlist.removed', { title: entries[i].title }));
    const neighbour = entries[i + 1] ?? entries[i - 1];
    if (neighbour) setFocus(`${entryKey(neighbour)}:remove`);
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <div className="flex flex-col gap-2">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="playlist.editor.empty">
          {t('playlist.empty')}
        </p>
      ) : (
        <ol className="flex flex-col gap-1" aria-label={t('playlist.listLabel')} data-testid="playlist.editor.list">
          {entries.map((e, i) => {
            const key = entryKey(e);
            return (
              <li key={key} className="flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1.5 text-sm" data-testid="playlist.editor.item" data-key={key}>
                <span className="w-6 text-right tabular-nums text-slate-500">{i + 1}.</span>
                <span className="min-w-0 flex-1 truncate">
                  {e.title}
                  <span className="ml-2 text-xs text-slate-500">{e.kind === 'builtin' ? t('playlist.builtin') : t('playlist.yours')}</span>
                </span>
                <button type="button" ref={ref(`${key}:up`)} className={BTN} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('playlist.moveUp', { title: e.title })} data-testid="playlist.editor.up">
                  ↑
                </button>
                <button type="button" ref={ref(`${key}:down`)} className={BTN} disabled={i === entries.length - 1} onClick={() => move(i, 1)} aria-label={t('playlist.moveDown', { title: e.title })} data-testid="playlist.editor.down">
                  ↓
                </button>
                <button type="button" ref={ref(`${key}:remove`)} className={`${BTN} text-red-700`} onClick={() => remove(i)} aria-label={t('playlist.removeTitle', { title: e.title })} data-testid="playlist.editor.remove">
                  {t('playlist.remove')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
