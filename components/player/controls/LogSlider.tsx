'use client';
/** A labelled slider over [min, max], logarithmic when `log` (learning rates, λ). */
import { useId, type ReactNode } from 'react';

const TICKS = 1000;

/** Formats a number compactly for a slider readout. */
export function formatSliderValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(2);
  return Number(v.toPrecision(3)).toString();
}

export interface SliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly log?: boolean;
  /** Integer values only (batch size). */
  readonly integer?: boolean;
  readonly onChange: (v: number) => void;
  readonly testId: string;
  readonly hint?: string;
  /** A one-line explanation, shown as the label's tooltip. */
  readonly help?: string;
  /** Shown right after the label (the glossary link). */
  readonly extra?: ReactNode;
}

/** Maps a value to slider position 0…TICKS and back. */
export function toTick(v: number, min: number, max: number, log: boolean): number {
  if (max === min) return 0;
  const f = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
  return Math.round(Math.min(1, Math.max(0, f)) * TICKS);
}

export function fromTick(t: number, min: number, max: number, log: boolean, integer: boolean): number {
  const f = t / TICKS;
  let v = log ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
  if (t === 0) v = min;
  if (t === TICKS) v = max;
  if (integer) return Math.round(v);
  return Number(v.toPrecision(4));
}

export function Slider({ label, value, min, max, log = false, integer = false, onChange, testId, hint, help, extra }: SliderProps) {
  const id = useId();
  const useLog = log && min > 0;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="inline-flex items-center">
          <label htmlFor={id} title={help} className="font-medium text-slate-700">
            {label}
          </label>
          {extra}
        </span>
        <output htmlFor={id} className="font-mono text-slate-900" data-testid={`${testId}.value`}>
          {formatSliderValue(value)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={TICKS}
        step={1}
        value={toTick(value, min, max, useLog)}
        aria-valuetext={formatSliderValue(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={testId}
        onChange={(e) => onChange(fromTick(Number(e.target.value), min, max, useLog, integer))}
        className="w-full accent-indigo-600"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
