'use client';
/**
 * Landscape: the family and its parameters (or a terrain expression, with the language's
 * reference and the gallery of starting terrains right under it; or, for a real network, its own
 * picker), and per-example variation (none for a network: its rows are its data set's).
 */
import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import { FAMILY_IDS, MAX_EXAMPLES, type FamilyId } from '@/engine';
import { familyLabelIn, familySummaryIn } from '@/components/i18n/engine-words';
import { paramsOf, switchFamily, type Draft, type DraftUpdate } from './draft';
import { NumberInput, Section, INPUT } from './fields';
import { paramFields } from './params';
import { ParamInput } from './ParamInput';
import { TerrainGallery } from './TerrainGallery';
import { TerrainReference } from './TerrainReference';
import { rowsFromParams } from './network-data';
import { NetworkPicker } from './NetworkPicker';
import type { NetworkDataState } from './useNetworkData';

function FamilyParams({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const params = paramsOf(draft);
  const setParam = (key: string, v: unknown) =>
    update((d) => ({ ...d, params: { ...d.params, [d.family]: { ...paramsOf(d), [key]: v } } }));
  return paramFields(draft.family).map((f) => (
    <Fragment key={`${draft.family}.${f.key}`}>
      <ParamInput family={draft.family} field={f} value={params[f.key]} onChange={(v) => setParam(f.key, v)} />
      {f.kind === 'text' ? (
        <div className="flex flex-col gap-2">
          <TerrainReference />
          <TerrainGallery draft={draft} update={update} />
        </div>
      ) : null}
    </Fragment>
  ));
}

function VariationFields({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const setVar = (patch: Partial<Draft['variation']>) => update((d) => ({ ...d, variation: { ...d.variation, ...patch } }));
  return (
    <fieldset className="grid grid-cols-2 gap-2 text-xs sm:grid-cols-4">
      <legend className="mb-1 font-medium text-slate-700">{t('landscape.examples')}</legend>
      <label className="flex flex-col gap-1">
        {t('landscape.trainN')}
        <NumberInput label={t('landscape.train')} value={draft.variation.n} min={1} max={MAX_EXAMPLES} step={1} onChange={(v) => setVar({ n: Math.round(v) })} testId="editor.variation.n" />
      </label>
      <label className="flex flex-col gap-1">
        {t('landscape.test')}
        <NumberInput label={t('landscape.test')} value={draft.variation.nTest} min={1} max={MAX_EXAMPLES} step={1} onChange={(v) => setVar({ nTest: Math.round(v) })} testId="editor.variation.nTest" />
      </label>
      <label className="flex flex-col gap-1">
        {t('landscape.spreadX')}
        <NumberInput label={t('landscape.spreadX')} value={draft.variation.spread[0]} min={0} max={10} onChange={(v) => setVar({ spread: [v, draft.variation.spread[1]] })} testId="editor.variation.sx" />
      </label>
      <label className="flex flex-col gap-1">
        {t('landscape.spreadY')}
        <NumberInput label={t('landscape.spreadY')} value={draft.variation.spread[1]} min={0} max={10} onChange={(v) => setVar({ spread: [draft.variation.spread[0], v] })} testId="editor.variation.sy" />
      </label>
    </fieldset>
  );
}

/** `data`: where a network draft's rows stand (EditorApp loads them; ./useNetworkData.ts). */
export function LandscapeSection({ draft, update, data }: { draft: Draft; update: DraftUpdate; data: NetworkDataState }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  return (
    <Section title={t('landscape.title')} testId="editor.landscape">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        {t('landscape.family')}
        <select
          className={INPUT}
          value={draft.family}
          onChange={(e) => update((d) => switchFamily(d, e.target.value as FamilyId))}
          data-testid="editor.family"
        >
          {FAMILY_IDS.map((id) => (
            <option key={id} value={id}>
              {familyLabelIn(id, tw)}
            </option>
          ))}
        </select>
      </label>
      <p className="text-xs text-slate-600">{familySummaryIn(draft.family, tw)}</p>
      {draft.family === 'network' ? <NetworkPicker draft={draft} update={update} data={data} /> : <FamilyParams draft={draft} update={update} />}
      {rowsFromParams(draft.family) ? null : <VariationFields draft={draft} update={update} />}
    </Section>
  );
}
