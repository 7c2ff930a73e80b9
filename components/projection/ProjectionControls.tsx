'use client';
/**
 * The settings of a projection run as a form: the network (readable names), learning rate,
 * momentum, batch size, steps and seed, kept as typed text (checked when the run starts, so a
 * half-typed number is never rewritten), and the "Train every weight" button (Cancel while running).
 */
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { NETWORK_CONFIGS } from '@/content/datasets/networks';
import { MAX_PROJECTION_STEPS } from './options';
import { networkLabelIn } from './network-labels';

/** What the form holds: the network's id and each number as typed. */
export interface ProjectionInputs {
  readonly networkId: string;
  readonly lr: string;
  readonly momentum: string;
  readonly batchSize: string;
  readonly steps: string;
  readonly seed: string;
}

type NumberKey = Exclude<keyof ProjectionInputs, 'networkId'>;

const INPUT = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';
/** The number fields; their label and hint are the `course.projection.controls.fields.<key>` messages. */
const FIELDS: readonly { key: NumberKey; min: number; max: number; step: number | 'any' }[] = [
  { key: 'lr', min: 0, max: 10, step: 'any' },
  { key: 'momentum', min: 0, max: 0.999, step: 'any' },
  { key: 'batchSize', min: 1, max: 1000, step: 1 },
  { key: 'steps', min: 1, max: MAX_PROJECTION_STEPS, step: 1 },
  { key: 'seed', min: 0, max: 0xffffffff, step: 1 },
];

/** Props of ProjectionControls. */
export interface ProjectionControlsProps {
  readonly inputs: ProjectionInputs;
  readonly onNetwork: (networkId: string) => void;
  readonly onInput: (key: NumberKey, text: string) => void;
  readonly running: boolean;
  readonly onTrain: () => void;
  readonly onCancel: () => void;
}

/** The form (see file note). */
export function ProjectionControls({ inputs, onNetwork, onInput, running, onTrain, onCancel }: ProjectionControlsProps) {
  const t = useTranslations('course.projection.controls');
  const names = useTranslations('course.projection');
  const id = useId();
  return (
    <form
      className="grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        onTrain();
      }}
      aria-label={t('form')}
    >
      <div className="flex flex-col gap-1 sm:col-span-3">
        <label htmlFor={`${id}-network`} className="text-sm font-medium text-slate-800">
          {t('network')}
        </label>
        <select id={`${id}-network`} className={INPUT} value={inputs.networkId} onChange={(e) => onNetwork(e.target.value)} data-testid="projection.network">
          {NETWORK_CONFIGS.map((c) => (
            <option key={c.id} value={c.id}>
              {networkLabelIn(c, names)}
            </option>
          ))}
        </select>
      </div>
      {FIELDS.map((f) => (
        <div key={f.key} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${f.key}`} className="text-sm font-medium text-slate-800">
            {t(`fields.${f.key}.label`)} <span className="font-normal text-slate-600">{t(`fields.${f.key}.hint`, { max: MAX_PROJECTION_STEPS.toLocaleString('en') })}</span>
          </label>
          <input
            id={`${id}-${f.key}`}
            type="number"
            inputMode="decimal"
            className={INPUT}
            min={f.min}
            max={f.max}
            step={f.step}
            value={inputs[f.key]}
            onChange={(e) => onInput(f.key, e.target.value)}
            data-testid={`projection.${f.key}`}
          />
        </div>
      ))}
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800" data-testid="projection.train">
          {t('train')}
        </button>
        {running ? (
          <button type="button" onClick={onCancel} className="rounded bg-slate-200 px-3 py-2 text-sm text-slate-900" data-testid="projection.cancel">
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
