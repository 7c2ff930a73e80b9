'use client';
/**
 * The settings a level unlocks, within its ranges; locked settings are listed as fixed values.
 * Every control is a native, labelled input, so keyboards and screen readers work as usual.
 */
import { useId } from 'react';
import { OPTIMIZERS, type Level, type Settings, type SettingKey, type Controls } from '@/engine';
import { Slider, formatValue } from './LogSlider';

const SHUFFLE_LABELS: Record<Settings['shuffle'], string> = {
  epoch: 'Reshuffle every epoch',
  once: 'Shuffle once',
  none: 'No shuffling (data order)',
  replacement: 'With replacement',
};

const LABELS: Record<SettingKey, string> = {
  optimizer: 'Optimizer',
  lr: 'Learning rate',
  batchSize: 'Batch size B',
  shuffle: 'Shuffling',
  momentum: 'Momentum μ',
  momentumForm: 'Momentum form',
  beta1: 'β₁ (ρ₁)',
  beta2: 'β₂ (ρ₂)',
  eps: 'ε (δ)',
  biasCorrection: 'Bias correction',
  batchNorm: 'BatchNorm',
  l1: 'L1 λ',
  l2: 'L2 λ',
};

function Select<T extends string>(props: {
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
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {props.label}
      </label>
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

function Toggle(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId: string; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
        className="mt-1 h-4 w-4 accent-indigo-600"
      />
      <label htmlFor={id} className="text-sm">
        <span className="font-medium text-slate-700">{props.label}</span>
        {props.hint ? <span className="block text-xs text-slate-500">{props.hint}</span> : null}
      </label>
    </div>
  );
}

/** Which controls matter for an optimizer (hide β sliders for SGD, and so on). */
function relevant(key: SettingKey, s: Settings): boolean {
  if (key === 'momentum' || key === 'momentumForm') return s.optimizer === 'momentum' || s.optimizer === 'nesterov';
  if (key === 'beta1' || key === 'biasCorrection') return s.optimizer === 'adam';
  if (key === 'beta2') return s.optimizer === 'adam' || s.optimizer === 'rmsprop';
  if (key === 'eps') return s.optimizer === 'adam' || s.optimizer === 'rmsprop' || s.optimizer === 'adagrad';
  return true;
}

export interface ControlsPanelProps {
  readonly level: Level;
  readonly settings: Settings;
  readonly onChange: (patch: Partial<Settings>) => void;
  readonly maxBatch: number;
}

export function ControlsPanel({ level, settings, onChange, maxBatch }: ControlsPanelProps) {
  const headingId = useId();
  const controls: Controls = level.controls;
  const unlocked = (Object.keys(controls) as SettingKey[]).filter((k) => relevant(k, settings));
  const locked = (['optimizer', 'lr', 'batchSize', 'shuffle'] as SettingKey[]).filter((k) => !(k in controls));
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4" data-testid="player.controls">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        Settings
      </h2>
      {unlocked.length === 0 ? <p className="text-sm text-slate-500">This level has nothing to tune: just launch.</p> : null}
      {unlocked.map((key) => {
        const testId = `player.control.${key}`;
        const ctl = controls[key] as { options?: readonly string[]; min?: number; max?: number };
        if (key === 'optimizer' && ctl.options)
          return <Select key={key} label={LABELS[key]} value={settings.optimizer} options={ctl.options as Settings['optimizer'][]} names={(o) => OPTIMIZERS[o].label} onChange={(v) => onChange({ optimizer: v })} testId={testId} />;
        if (key === 'shuffle' && ctl.options)
          return <Select key={key} label={LABELS[key]} value={settings.shuffle} options={ctl.options as Settings['shuffle'][]} names={(o) => SHUFFLE_LABELS[o]} onChange={(v) => onChange({ shuffle: v })} testId={testId} />;
        if (key === 'momentumForm' && ctl.options)
          return <Select key={key} label={LABELS[key]} value={settings.momentumForm} options={ctl.options as Settings['momentumForm'][]} names={(o) => (o === 'classic' ? 'v = αv + εg (classic)' : 'buf = μ·buf + g (PyTorch)')} onChange={(v) => onChange({ momentumForm: v })} testId={testId} />;
        if (key === 'biasCorrection' || key === 'batchNorm')
          return <Toggle key={key} label={LABELS[key]} checked={settings[key]} onChange={(v) => onChange({ [key]: v })} testId={testId} hint={key === 'batchNorm' ? 'Normalize features with each batch’s mean and variance' : 'Adam’s v̂ = v/(1−ρ₁ᵗ), r̂ = r/(1−ρ₂ᵗ)'} />;
        const min = ctl.min ?? 0;
        const max = key === 'batchSize' ? Math.min(ctl.max ?? maxBatch, maxBatch) : (ctl.max ?? 1);
        return (
          <Slider
            key={key}
            label={LABELS[key]}
            value={settings[key] as number}
            min={min}
            max={max}
            log={key === 'lr' || key === 'eps' || ((key === 'l1' || key === 'l2') && min > 0) || (key === 'batchSize' && max / Math.max(1, min) > 16)}
            integer={key === 'batchSize'}
            onChange={(v) => onChange({ [key]: v })}
            testId={testId}
            hint={key === 'batchSize' ? `${Math.ceil(maxBatch / (settings.batchSize || 1))} updates per epoch (N = ${maxBatch})` : undefined}
          />
        );
      })}
      {locked.length ? (
        <p className="text-xs text-slate-500" data-testid="player.locked">
          Fixed in this level:{' '}
          {locked.map((k) => `${LABELS[k]} ${k === 'optimizer' ? OPTIMIZERS[settings.optimizer].label : typeof settings[k] === 'number' ? formatValue(settings[k] as number) : settings[k]}`).join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
