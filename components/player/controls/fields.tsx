'use client';
/**
 * The player's setting inputs other than sliders (a select, a switch) and the help that goes
 * with every control: its one-line help from the settings registry as a tooltip, and a "?" link
 * to its glossary entry when it has one.
 */
import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { SETTINGS_REGISTRY, type SettingKey } from '@/engine';
import { useLocalePath } from '@/components/i18n/useLocalePath';
import { settingHelpIn, settingLabelIn } from '@/components/i18n/setting-words';

/** A "?" that opens the setting's glossary entry (in a new tab: the player keeps its state). */
export function GlossaryLink({ setting }: { setting: SettingKey }) {
  const t = useTranslations('player');
  const href = useLocalePath();
  const d = SETTINGS_REGISTRY[setting];
  if (!d.glossary) return null;
  return (
    <a
      href={href(`/glossary#${d.glossary}`)}
      target="_blank"
      rel="noopener"
      title={settingHelpIn(setting, t)}
      aria-label={t('controls.inGlossary', { label: settingLabelIn(setting, t) })}
      data-testid={`player.help.${setting}`}
      className="ml-1 inline-flex h-4 w-4 items-center justify-center rounded-full border border-slate-300 text-[10px] font-normal text-slate-500 no-underline hover:border-indigo-500 hover:text-indigo-700"
    >
      ?
    </a>
  );
}

/** A control's label: its title, its help as a tooltip, and the glossary link. */
export function SettingLabel({ setting, htmlFor, children }: { setting: SettingKey; htmlFor: string; children: ReactNode }) {
  const t = useTranslations('player');
  return (
    <span className="inline-flex items-center">
      <label htmlFor={htmlFor} title={settingHelpIn(setting, t)} className="text-sm font-medium text-slate-700">
        {children}
      </label>
      <GlossaryLink setting={setting} />
    </span>
  );
}

export function Select<T extends string>(props: {
  setting: SettingKey;
  label: string;
  value: T;
  options: readonly T[];
  names: (v: T) => string;
  onChange: (v: T) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <SettingLabel setting={props.setting} htmlFor={id}>
        {props.label}
      </SettingLabel>
      <select
        id={id}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value as T)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.names(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Toggle(props: { setting: SettingKey; label: string; checked: boolean; onChange: (v: boolean) => void; testId: string }) {
  const t = useTranslations('player');
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.checked)}
        className="mt-1 h-4 w-4 accent-indigo-600"
      />
      <span className="text-sm">
        <SettingLabel setting={props.setting} htmlFor={id}>
          {props.label}
        </SettingLabel>
        <span id={`${id}-hint`} className="block text-xs text-slate-500">
          {settingHelpIn(props.setting, t)}
        </span>
      </span>
    </div>
  );
}
