'use client';
/**
 * The playlist's levels in order, each with Up / Down / Remove buttons (plain buttons: keyboard
 * and screen-reader friendly). After a move the focus follows the moved level's button, and a
 * live region says where it went.
 */
import { useEffect, useRef, useState } from 'react';
import { entryKey, moveEntry, removeEntry, type PlaylistEntry } from './playlist-draft';

const BTN = 'rounded px-2 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-30';

export function PlaylistList({ entries, onChange }: { entries: readonly PlaylistEntry[]; onChange: (next: PlaylistEntry[]) => void }) {
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
    setSaid(`Moved “${entries[i].title}” to position ${to + 1} of ${entries.length}.`);
    // Keep the focus on the same button of the moved level, or the other one at an end.
    const dir = (to === 0 && delta < 0) || (to === entries.length - 1 && delta > 0) ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    setFocus(`${entryKey(entries[i])}:${dir}`);
  };
  const remove = (i: number) => {
    onChange(removeEntry(entries, i));
    setSaid(`Removed “${entries[i].title}”.`);
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
          No levels yet: add built-in levels or your own published levels below.
        </p>
      ) : (
        <ol className="flex flex-col gap-1" aria-label="Levels in the playlist" data-testid="playlist.editor.list">
          {entries.map((e, i) => {
            const key = entryKey(e);
            return (
              <li key={key} className="flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1.5 text-sm" data-testid="playlist.editor.item" data-key={key}>
                <span className="w-6 text-right tabular-nums text-slate-500">{i + 1}.</span>
                <span className="min-w-0 flex-1 truncate">
                  {e.title}
                  <span className="ml-2 text-xs text-slate-500">{e.kind === 'builtin' ? 'built-in' : 'your level'}</span>
                </span>
                <button type="button" ref={ref(`${key}:up`)} className={BTN} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move “${e.title}” up`} data-testid="playlist.editor.up">
                  ↑
                </button>
                <button type="button" ref={ref(`${key}:down`)} className={BTN} disabled={i === entries.length - 1} onClick={() => move(i, 1)} aria-label={`Move “${e.title}” down`} data-testid="playlist.editor.down">
                  ↓
                </button>
                <button type="button" ref={ref(`${key}:remove`)} className={`${BTN} text-red-700`} onClick={() => remove(i)} aria-label={`Remove “${e.title}”`} data-testid="playlist.editor.remove">
                  Remove
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
