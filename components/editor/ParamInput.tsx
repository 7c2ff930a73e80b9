'use client';
/** One family parameter as an input, chosen by its kind (see params.ts). */
import { useTranslations } from 'next-intl';
import type { FamilyId } from '@/engine';
import { paramNameIn, paramOptionIn } from '@/components/i18n/engine-words';
import { NumberInput, RangeField, INPUT } from './fields';
import type { ParamField } from './params';
import { TerrainInput } from './TerrainInput';

type Pair = [number, number];

/** `family`: whose parameter it is (its name in the page's language; the schema key in English). */
export function ParamInput({ family, field, value, onChange }: { family: FamilyId; field: ParamField; value: unknown; onChange: (v: unknown) => void }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const name = paramNameIn(family, field.key, tw);
  const tid = `editor.param.${field.key}`;
  switch (field.kind) {
    case 'number':
      return <RangeField label={name} value={value as number} min={field.min} max={field.max} onChange={onChange} testId={tid} />;
    case 'point': {
      const p = value as Pair;
      return (
        <fieldset className="flex items-center gap-2 text-xs">
          <legend className="font-medium text-slate-700">{name} (x, y)</legend>
          <NumberInput label={`${name} x`} value={p[0]} min={field.min} max={field.max} onChange={(v) => onChange([v, p[1]])} testId={`${tid}.x`} />
          <NumberInput label={`${name} y`} value={p[1]} min={field.min} max={field.max} onChange={(v) => onChange([p[0], v])} testId={`${tid}.y`} />
        </fieldset>
      );
    }
    case 'choice':
      return (
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
          {name}
          <select className={INPUT} value={value as string} onChange={(e) => onChange(e.target.value)} data-testid={tid}>
            {field.options.map((o) => (
              <option key={o} value={o}>
                {paramOptionIn(family, field.key, o, tw)}
              </option>
            ))}
          </select>
        </label>
      );
    case 'switch':
      return (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value as boolean} onChange={(e) => onChange(e.target.checked)} data-testid={tid} />
          {name}
        </label>
      );
    case 'text':
      return <TerrainInput value={value as string} onChange={onChange} />;
    case 'domain': {
      const d = value as { x: Pair; y: Pair };
      const set = (axis: 'x' | 'y', i: 0 | 1, v: number) => {
        const next: Pair = [...d[axis]];
        next[i] = v;
        onChange({ ...d, [axis]: next });
      };
      return (
        <fieldset className="grid grid-cols-4 items-center gap-2 text-xs">
          <legend className="mb-1 font-medium text-slate-700">{t('landscape.domain')}</legend>
          <NumberInput label={t('landscape.from', { axis: 'x' })} value={d.x[0]} onChange={(v) => set('x', 0, v)} testId="editor.domain.x0" />
          <NumberInput label={t('landscape.to', { axis: 'x' })} value={d.x[1]} onChange={(v) => set('x', 1, v)} testId="editor.domain.x1" />
          <NumberInput label={t('landscape.from', { axis: 'y' })} value={d.y[0]} onChange={(v) => set('y', 0, v)} testId="editor.domain.y0" />
          <NumberInput label={t('landscape.to', { axis: 'y' })} value={d.y[1]} onChange={(v) => set('y', 1, v)} testId="editor.domain.y1" />
        </fieldset>
      );
    }
  }
}
