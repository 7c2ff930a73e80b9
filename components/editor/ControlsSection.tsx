'use client';
/**
 * Which settings the player may change: per setting the family offers (controls.ts), unlocked or
 * not, its default and its range or options. On a real network the batch-size control waits for
 * the data set (its limit is the real number of training rows). Settings and options are named
 * in the page's language, as the player names them (components/i18n/setting-words.ts).
 */
import { useTranslations } from 'next-intl';
import type { SettingKey, Settings } from '@/engine';
import { optionNameIn, settingTitleIn } from '@/components/i18n/setting-words';
import type { Draft, DraftUpdate } from './draft';
import { NumberInput, Section, INPUT } from './fields';
import { SETTING_META, offeredSettings, setUnlocked, toggleOption } from './controls';

function DefaultInput({ draft, k, update }: { draft: Draft; k: SettingKey; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const tp = useTranslations('player');
  const label = (key: SettingKey) => settingTitleIn(key, tp);
  const meta = SETTING_META[k];
  const value = draft.defaults[k];
  const set = (v: Settings[SettingKey]) => update((d) => ({ ...d, defaults: { ...d.defaults, [k]: v } }));
  const tid = `editor.default.${k}`;
  if (meta.kind === 'flag') return <input type="checkbox" aria-label={t('controls.defaultOf', { name: label(k) })} checked={value as boolean} onChange={(e) => set(e.target.checked)} data-testid={tid} />;
  if (meta.kind === 'options')
    return (
      <select aria-label={t('controls.defaultOf', { name: label(k) })} className={INPUT} value={value as string} onChange={(e) => set(e.target.value as never)} data-testid={tid}>
        {meta.options.map((o) => (
          <option key={o} value={o}>
            {optionNameIn(k, o, tp)}
          </option>
        ))}
      </select>
    );
  return <NumberInput label={t('controls.defaultOf', { name: label(k) })} value={value as number} min={meta.min} max={meta.max} onChange={(v) => set(meta.int ? Math.round(v) : v)} testId={tid} />;
}

function RangeInputs({ draft, k, update }: { draft: Draft; k: SettingKey; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const tp = useTranslations('player');
  const label = (key: SettingKey) => settingTitleIn(key, tp);
  const meta = SETTING_META[k];
  const ctl = (draft.controls as Record<string, { min: number; max: number } | { options: string[] } | object>)[k];
  if (!ctl || meta.kind === 'flag') return <span className="text-xs text-slate-500">{ctl ? t('controls.onOff') : t('controls.locked')}</span>;
  if (meta.kind === 'options' && 'options' in ctl)
    return (
      <div className="flex flex-wrap gap-2 text-xs">
        {meta.options.map((o) => (
          <label key={o} className="flex items-center gap-1">
            <input type="checkbox" checked={ctl.options.includes(o)} onChange={(e) => update((d) => toggleOption(d, k, o, e.target.checked))} data-testid={`editor.option.${k}.${o}`} />
            {optionNameIn(k, o, tp)}
          </label>
        ))}
      </div>
    );
  if (!('min' in ctl) || meta.kind !== 'range') return null;
  const set = (patch: Partial<{ min: number; max: number }>) => update((d) => ({ ...d, controls: { ...d.controls, [k]: { ...ctl, ...patch } } }));
  return (
    <div className="flex items-center gap-1 text-xs">
      <NumberInput label={t('controls.minOf', { name: label(k) })} value={ctl.min} min={meta.min} max={meta.max} onChange={(v) => set({ min: meta.int ? Math.round(v) : v })} testId={`editor.range.${k}.min`} />
      <span>–</span>
      <NumberInput label={t('controls.maxOf', { name: label(k) })} value={ctl.max} min={meta.min} max={meta.max} onChange={(v) => set({ max: meta.int ? Math.round(v) : v })} testId={`editor.range.${k}.max`} />
    </div>
  );
}

export function ControlsSection({ draft, update, rowsLoading = false }: { draft: Draft; update: DraftUpdate; rowsLoading?: boolean }) {
  const t = useTranslations('teacher');
  const tp = useTranslations('player');
  const label = (key: SettingKey) => settingTitleIn(key, tp);
  return (
    <Section title={t('controls.title')} testId="editor.controls">
      <p className="text-xs text-slate-600">{t('controls.lead')}</p>
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1 pr-2">{t('controls.setting')}</th>
            <th className="px-1 py-1">{t('controls.unlocked')}</th>
            <th className="px-1 py-1">{t('controls.default')}</th>
            <th className="px-1 py-1">{t('controls.range')}</th>
          </tr>
        </thead>
        <tbody>
          {offeredSettings(draft.family).map((k) => (
            <tr key={k} className="border-t border-slate-100 align-middle" data-testid={`editor.control.${k}`}>
              <td className="py-1 pr-2">{label(k)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('controls.mayChange', { name: label(k) })}
                  checked={k in draft.controls}
                  disabled={k === 'batchSize' && rowsLoading && !(k in draft.controls)}
                  onChange={(e) => update((d) => setUnlocked(d, k, e.target.checked))}
                  data-testid={`editor.unlock.${k}`}
                />
              </td>
              <td className="w-32 pr-2">
                <DefaultInput draft={draft} k={k} update={update} />
              </td>
              <td>
                {k === 'batchSize' && rowsLoading ? <span className="text-xs text-slate-500">{t('editor.loadingData')}</span> : <RangeInputs draft={draft} k={k} update={update} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
