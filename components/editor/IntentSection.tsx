'use client';
/**
 * What the level is meant to teach (issue 14), in the engine's IntentSchema: the idea (one
 * sentence), the controls that carry it, the intended fix, the shortcuts to rule out (each with
 * its settings and the controls swept over all their positions) and the most stars a shortcut
 * may earn. Every unlocked control outside the idea is also tried alone. Calibration then proves
 * it (CalibrateSection, ProofTable); the level's validation (loadLevel) checks the values.
 */
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Intent, SettingKey, Settings, Shortcut } from '@/engine';
import { settingTitleIn } from '@/components/i18n/setting-words';
import type { Draft, DraftUpdate } from './draft';
import { INPUT, Section, TextInput } from './fields';
import { formatShortcutSettings, newIntent, parseShortcutSettings } from './intent';

/** Settings typed as "optimizer=sgd, lr=0.5": kept as typed, committed when they parse. */
function SettingsText({ value, onChange, label, testId }: { value: Partial<Settings>; onChange: (s: Partial<Settings>) => void; label: string; testId: string }) {
  const t = useTranslations('teacher');
  const [text, setText] = useState(() => formatShortcutSettings(value));
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
      {label}
      <input
        className={INPUT}
        value={text}
        placeholder="optimizer=sgd, lr=0.5"
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseShortcutSettings(e.target.value, t);
          setError(parsed.ok ? null : parsed.error);
          if (parsed.ok) onChange(parsed.settings);
        }}
      />
      {error ? <span className="font-normal text-red-700">{error}</span> : null}
    </label>
  );
}

function KeyChecks({ keys, chosen, onChange, testId }: { keys: SettingKey[]; chosen: readonly SettingKey[]; onChange: (k: SettingKey[]) => void; testId: string }) {
  const tp = useTranslations('player');
  return (
    <div className="flex flex-wrap gap-3 text-xs">
      {keys.map((k) => (
        <label key={k} className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={chosen.includes(k)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, k] : chosen.filter((c) => c !== k))}
            data-testid={`${testId}.${k}`}
          />
          {settingTitleIn(k, tp)}
        </label>
      ))}
    </div>
  );
}

export function IntentSection({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const intent = draft.intent;
  const keys = Object.keys(draft.controls) as SettingKey[];
  const set = (change: (i: Intent) => Intent) => update((d) => (d.intent ? { ...d, intent: change(d.intent) } : d));
  const setShortcut = (n: number, change: (s: Shortcut) => Shortcut) => set((i) => ({ ...i, shortcuts: i.shortcuts.map((s, j) => (j === n ? change(s) : s)) }));
  return (
    <Section title={t('intent.title')} testId="editor.intent">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={!!intent} onChange={(e) => update((d) => ({ ...d, intent: e.target.checked ? newIntent(d) : null }))} data-testid="editor.intent.on" />
        {t('intent.on')}
      </label>
      {intent ? (
        <div className="flex flex-col gap-3">
          <TextInput label={t('intent.idea')} value={intent.idea} onChange={(idea) => set((i) => ({ ...i, idea }))} testId="editor.intent.idea" maxLength={500} />
          <div className="flex flex-col gap-1 text-xs font-medium text-slate-700">
            {t('intent.controls')}
            <KeyChecks keys={keys} chosen={intent.controls} onChange={(controls) => set((i) => ({ ...i, controls }))} testId="editor.intent.control" />
          </div>
          <SettingsText label={t('intent.fix')} value={intent.fix} onChange={(fix) => set((i) => ({ ...i, fix }))} testId="editor.intent.fix" />
          <div className="flex flex-col gap-2">
            <p className="text-xs text-slate-600">
              {t('intent.shortcutsLead')}
            </p>
            {intent.shortcuts.map((s, n) => (
              <div key={n} className="flex flex-col gap-2 rounded border border-slate-200 p-2" data-testid={`editor.intent.shortcut.${n}`}>
                <TextInput label={t('intent.shortcut')} value={s.label} onChange={(label) => setShortcut(n, (x) => ({ ...x, label }))} testId={`editor.intent.shortcut.${n}.label`} maxLength={120} />
                <SettingsText label={t('intent.itsSettings')} value={s.settings} onChange={(settings) => setShortcut(n, (x) => ({ ...x, settings }))} testId={`editor.intent.shortcut.${n}.settings`} />
                <KeyChecks keys={keys} chosen={s.sweep} onChange={(sweep) => setShortcut(n, (x) => ({ ...x, sweep }))} testId={`editor.intent.shortcut.${n}.sweep`} />
                <button type="button" className="self-start text-xs text-red-700 underline" onClick={() => set((i) => ({ ...i, shortcuts: i.shortcuts.filter((_, j) => j !== n) }))}>
                  {t('intent.removeShortcut')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="self-start rounded bg-slate-200 px-3 py-1 text-xs"
              disabled={intent.shortcuts.length >= 12}
              onClick={() => set((i) => ({ ...i, shortcuts: [...i.shortcuts, { label: t('intent.newShortcut', { n: String(i.shortcuts.length + 1) }), settings: {}, sweep: keys.filter((k) => k === 'lr') }] }))}
              data-testid="editor.intent.shortcut.add"
            >
              {t('intent.addShortcut')}
            </button>
          </div>
          <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
            {t('intent.cap')}
            <select className={`${INPUT} w-20`} value={intent.maxShortcutStars} onChange={(e) => set((i) => ({ ...i, maxShortcutStars: Number(e.target.value) as 1 | 2 }))} data-testid="editor.intent.cap">
              <option value={1}>1★</option>
              <option value={2}>2★</option>
            </select>
          </label>
        </div>
      ) : null}
    </Section>
  );
}
