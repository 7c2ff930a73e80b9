'use client';
/**
 * The settings a level unlocks, within its ranges; locked settings are listed as fixed values.
 * Every control is a native, labelled input, so keyboards and screen readers work as usual.
 */
import { useId } from 'react';
import { SETTINGS_REGISTRY, isLogScale, optionLabel, settingApplies, settingTitle, type Level, type Settings, type SettingKey, type Controls } from '@/engine';
import { Slider } from './LogSlider';
import { lockedParts } from './locked-line';
import { GlossaryLink, Select, Toggle } from './fields';

/** On a real network's slice the penalty is of its weights θ, not of the two coordinates steered (engine/landscape/network/plane-penalty.ts). */
const NETWORK_PENALTY: Partial<Record<SettingKey, string>> = {
  l1: 'On this network λ₁ acts on all its weights θ, as a plain subgradient: no weight becomes exactly zero.',
  l2: 'On this network λ₂ acts on all its weights θ, not on the two coordinates you steer.',
};

export interface ControlsPanelProps {
  readonly level: Level;
  readonly settings: Settings;
  readonly onChange: (patch: Partial<Settings>) => void;
  readonly maxBatch: number;
}

export function ControlsPanel({ level, settings, onChange, maxBatch }: ControlsPanelProps) {
  const headingId = useId();
  const controls: Controls = level.controls;
  // Only what the chosen optimizer reads (no β sliders for SGD, and so on): the registry's appliesTo.
  const unlocked = (Object.keys(controls) as SettingKey[]).filter((k) => settingApplies(k, settings.optimizer));
  const locked = (['optimizer', 'lr', 'batchSize', 'shuffle'] as SettingKey[]).filter((k) => !(k in controls));
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4" data-testid="player.controls">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        Settings
      </h2>
      {unlocked.length === 0 ? <p className="text-sm text-slate-500">This level has nothing to tune: just launch.</p> : null}
      {unlocked.map((key) => {
        const testId = `player.control.${key}`;
        const def = SETTINGS_REGISTRY[key];
        const label = settingTitle(key);
        const ctl = controls[key] as { options?: readonly string[]; min?: number; max?: number };
        if (def.scale === 'enum' && ctl.options)
          return (
            <Select
              key={key}
              setting={key}
              label={label}
              value={settings[key] as string}
              options={ctl.options}
              names={(o) => optionLabel(key, o)}
              onChange={(v) => onChange({ [key]: v } as Partial<Settings>)}
              testId={testId}
            />
          );
        if (def.scale === 'boolean')
          return <Toggle key={key} setting={key} label={label} checked={settings[key] as boolean} onChange={(v) => onChange({ [key]: v })} testId={testId} />;
        const min = ctl.min ?? 0;
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
            help={def.help}
            extra={<GlossaryLink setting={key} />}
            hint={key === 'batchSize' ? `${Math.ceil(maxBatch / (settings.batchSize || 1))} updates per epoch (N = ${maxBatch})` : level.landscape.family === 'network' ? NETWORK_PENALTY[key] : undefined}
          />
        );
      })}
      {locked.length ? (
        <p className="text-xs text-slate-500" data-testid="player.locked">
          Fixed in this level: {lockedParts(locked, settings, maxBatch).join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
