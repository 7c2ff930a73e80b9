'use client';
/**
 * Adds levels to a playlist: a built-in level picked from a list grouped by lesson, or a
 * teacher's published level by its share link (/play/c/<slug>) or slug — checked with the
 * server (GET /api/custom-levels/<slug>) before it is added.
 */
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { fetchLevelTitle } from '@/components/api/client';
import { INPUT } from './fields';
import { apiErrorText } from './i18n';
import { parseCustomLevelRef, type CatalogueGroup, type PlaylistEntry } from './playlist-draft';

const ADD = 'rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-40';

export function LevelPicker({ catalogue, onAdd }: { catalogue: readonly CatalogueGroup[]; onAdd: (e: PlaylistEntry) => string | null }) {
  const t = useTranslations('teacher');
  const builtinId = useId();
  const customId = useId();
  const first = catalogue.find((g) => g.levels.length)?.levels[0]?.id ?? '';
  const [picked, setPicked] = useState(first);
  const [ref, setRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const say = (error: string | null, title: string) => setMessage(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('picker.added', { title }) });

  const addBuiltin = () => {
    const level = catalogue.flatMap((g) => g.levels).find((l) => l.id === picked);
    if (!level) return;
    say(onAdd({ kind: 'builtin', id: level.id, title: level.title }), level.title);
  };

  const addCustom = async () => {
    const slug = parseCustomLevelRef(ref);
    if (!slug) {
      setMessage({ kind: 'error', text: t('picker.pasteLink', { link: '…/play/c/<code>' }) });
      return;
    }
    setBusy(true);
    const res = await fetchLevelTitle(slug);
    setBusy(false);
    if (!res.ok) {
      setMessage({ kind: 'error', text: res.status === 404 ? t('picker.noLevel') : t('picker.checkFailed', { error: apiErrorText(t, res) }) });
      return;
    }
    const error = onAdd({ kind: 'custom', slug, title: res.value.title });
    say(error, res.value.title);
    if (!error) setRef('');
  };

  return (
    <div className="flex flex-col gap-3" data-testid="playlist.picker">
      <div className="flex flex-col gap-1">
        <label htmlFor={builtinId} className="text-xs font-medium text-slate-700">
          {t('picker.builtin')}
        </label>
        <div className="flex gap-2">
          <select id={builtinId} className={`${INPUT} min-w-0 flex-1`} value={picked} onChange={(e) => setPicked(e.target.value)} data-testid="playlist.picker.builtin">
            {catalogue.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.levels.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className={ADD} onClick={addBuiltin} disabled={!picked} data-testid="playlist.picker.builtin.add">
            {t('picker.add')}
          </button>
        </div>
      </div>
      <form
        className="flex flex-col gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          void addCustom();
        }}
      >
        <label htmlFor={customId} className="text-xs font-medium text-slate-700">
          {t('picker.custom')}
        </label>
        <div className="flex gap-2">
          <input id={customId} type="text" className={`${INPUT} min-w-0 flex-1 font-mono`} value={ref} onChange={(e) => setRef(e.target.value)} placeholder="https://…/play/c/k3x9q0b7mz" data-testid="playlist.picker.custom" />
          <button type="submit" className={ADD} disabled={busy || !ref.trim()} data-testid="playlist.picker.custom.add">
            {busy ? t('picker.checking') : t('picker.add')}
          </button>
        </div>
      </form>
      {message ? (
        <p className={`text-xs ${message.kind === 'ok' ? 'text-emerald-700' : 'text-red-700'}`} role={message.kind === 'ok' ? 'status' : 'alert'} data-testid="playlist.picker.message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
