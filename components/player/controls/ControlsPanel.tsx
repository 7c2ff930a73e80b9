'use client';
/**
 * The settings a level unlocks, within its ranges; locked settings are listed as fixed values.
 * Every control is a native, labelled input, so keyboards and screen readers work as usual.
 */
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { SETTINGS_REGISTRY, isLogScale, settingApplies, type Level, type Settings, type SettingKey, type Controls } from '@/engine';
import { Slider } from './LogSlider';
import { lockedParts } from './locked-line';
import { GlossaryLink, Select, Toggle } from './fields';
import { optionNameIn, settingHelpIn, settingTitleIn } from '@/components/i18n/setting-words';

/** On a real network's slice the penalty is of its weights θ, not of the two coordinates steered (engine/landscape/network/plane-penalty.ts). */
const NETWORK_PENALTY: Partial<Record<SettingKey, string>> = {
  l1: 'controls.networkL1',
  l2: 'controls.networkL2',
};

export interface ControlsPanelProps {
  readonly level: Level;
  readonly settings: Settings;
  readonly onChange: (patch: Partial<Settings>) => void;
  readonly maxBatch: number;
}

export function ControlsPanel({ level, settings, onChange, maxBatch }: ControlsPanelProps) {
  const t = useTranslations('player');
  const headingId = useId();
  const controls: Controls = level.controls;
  // Only what the chosen optimizer reads (no β sliders for SGD, and so on): the registry's appliesTo.
  const unlocked = (Object.keys(controls) as SettingKey[]).filter((k) => settingApplies(k, settings.optimizer));
  const locked = (['optimizer', 'lr', 'batchSize', 'shuffle'] as SettingKey[]).filter((k) => !(k in controls));
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4" data-testid="player.controls">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {t('controls.heading')}
      </h2>
      {unlocked.length === 0 ? <p className="text-sm text-slate-500">{t('controls.nothing')}</p> : null}
      {unlocked.map((key) => {
        const testId = `player.control.${key}`;
        const def = SETTINGS_REGISTRY[key];
        const label = settingTitleIn(key, t);
        const ctl = controls[key] as { options?: readonly string[]; min?: number; max?: number };
        if (def.scale === 'enum' && ctl.options)
          return (
            <Select
              key={key}
              setting={key}
              label={label}
              value={settings[key] as string}
              options={ctl.options}
              names={(o) => optionNameIn(key, o, t)}
              onChange={(v) => onChange({ [key]: v } as Partial<Settings>)}
              testId={testId}
            />
          );
        if (def.scale === 'boolean')
          return <Toggle key={key} setting={key} label={label} checked={settings[key] as boolean} onChange={(v) => onChange({ [key]: v })} testId={testId} />;
        const min = ctl.min ?? 0;
        const penalty = level.landscape.family === 'network' ? NETWORK_PENALTY[key] : undefined;
        const max = key === 'batchSize' ? Math.min(ctl.max ?? maxBatch, maxBatch) : (ctl.max ?? 1);
        return (
          <Slider
            key={key}
            label={label}
            value={settings[key] as number}
            min={min}
            max={max}
            log={isLogScale(key, min) || (def.scale === 'integer' && max / Math.max(1, min) > 16)}
            integer={def.scale === 'integer'}
            onChange={(v) => onChange({ [key]: v })}
            testId={testId}
            help={settingHelpIn(key, t)}
            extra={<GlossaryLink setting={key} />}
            hint={key === 'batchSize' ? t('controls.updates', { updates: Math.ceil(maxBatch / (settings.batchSize || 1)), n: maxBatch }) : penalty ? t(penalty) : undefined}
          />
        );
      })}
      {locked.length ? (
        <p className="text-xs text-slate-500" data-testid="player.locked">
          {t('controls.fixed', { list: lockedParts(locked, settings, maxBatch, t).join(' · ') })}
        </p>
      ) : null}
    </section>
  );
}
