'use client';
/**
 * Small form pieces the editor sections share: a number box that lets the teacher type freely
 * (it commits only finite numbers), a slider + number pair for a bounded value, and a section
 * frame with a heading.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { nice, tickToValue, valueToTick } from './params';

const INPUT = 'w-full rounded border border-slate-300 px-2 py-1 text-sm';

/** A number input that keeps what is typed and commits finite values. */
export function NumberInput(props: {
  value: number;
  onChange: (v: number) => void;
  testId: string;
  label: string;
  step?: number | 'any';
  min?: number;
  max?: number;
  className?: string;
}) {
  const { value, onChange, testId, label, min, max } = props;
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((t) => (Number(t) === value ? t : String(value)));
  }, [value]);
  return (
    <input
      type="number"
      inputMode="decimal"
      aria-label={label}
      data-testid={testId}
      className={props.className ?? INPUT}
      step={props.step ?? 'any'}
      min={min}
      max={max}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(v);
      }}
    />
  );
}

/** A labelled slider (log-spaced on wide positive ranges) with a number box beside it. */
export function RangeField(props: { label: string; value: number; min: number; max: number; onChange: (v: number) => void; testId: string }) {
  const { label, value, min, max, onChange, testId } = props;
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label} <span className="font-normal text-slate-500">({nice(min)} – {nice(max)})</span>
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="range"
          min={0}
          max={1000}
          value={valueToTick(value, min, max)}
          onChange={(e) => onChange(nice(tickToValue(Number(e.target.value), min, max)))}
          className="min-w-0 flex-1"
          data-testid={`${testId}.slider`}
        />
        <NumberInput value={value} onChange={onChange} testId={testId} label={label} min={min} max={max} className="w-24 shrink-0 rounded border border-slate-300 px-2 py-1 text-sm" />
      </div>
    </div>
  );
}

/** A labelled text input. */
export function TextInput(props: { label: string; value: string; onChange: (v: string) => void; testId: string; maxLength?: number }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <input id={id} type="text" className={INPUT} value={props.value} maxLength={props.maxLength} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId} />
    </div>
  );
}

/** A titled block of the editor. */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={title} data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

export { INPUT };
