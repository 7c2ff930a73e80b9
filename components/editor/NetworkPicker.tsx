'use client';
/**
 * The landscape section's picker for a real network (the `network` family, issue 15): the data
 * set (its title, source and licence), the inputs the network sees, the hidden layer's width and
 * activation, where the map is centred, the two seeds and how far the map reaches — with where
 * its rows stand (loading, or how many there are). Edits go through ./network-params.ts. The
 * data sets' words (title, summary, licence, source, target, columns) are in the page's language
 * (`engineWords`, components/i18n/engine-words.ts); class names and the package stay as they are.
 */
import { useTranslations } from 'next-intl';
import { DATASETS, DATASET_NAMES, isDatasetName } from '@/engine/data/catalogue';
import { MAX_HIDDEN } from '@/engine/landscape/families/network';
import type { Draft, DraftUpdate } from './draft';
import { INPUT, NumberInput, RangeField } from './fields';
import { centreNeedsTraining } from './network-data';
import { loadedNetworkRows } from '@/engine/level/network-rows';
import { datasetFeatureIn, datasetWordsIn } from '@/components/i18n/engine-words';
import { pickDataset, pickFeature, pickField, readNetworkPick, type NetworkField } from './network-params';
import type { NetworkDataState } from './useNetworkData';

type Params = Record<string, unknown>;

function RowsStatus({ draft, params, data }: { draft: Draft; params: Params; data: NetworkDataState }) {
  const t = useTranslations('teacher');
  if (data.state === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700" data-testid="editor.network.status" data-state="failed">
        {t('editor.dataFailed', { message: data.message })}{' '}
        <button type="button" className="underline" onClick={data.retry}>
          {t('network.retry')}
        </button>
      </p>
    );
  if (data.state === 'none')
    return (
      <p role="status" className="text-xs text-slate-600" data-testid="editor.network.status" data-state="none">
        {t('network.choose')}
      </p>
    );
  const spec = { family: 'network' as const, params };
  const rows = data.state === 'ready' ? loadedNetworkRows(spec) : null;
  const training = rows !== null && centreNeedsTraining(spec, draft.defaults.standardize);
  return (
    <p role="status" className="text-xs text-slate-600" data-testid="editor.network.status" data-state={rows ? 'ready' : 'loading'}>
      {rows ? t('network.rows', { total: String(rows.nTrain + rows.nTest), train: String(rows.nTrain), test: String(rows.nTest) }) : t('editor.loadingData')}
      {training ? t('network.trainsHere') : ''}
    </p>
  );
}

export function NetworkPicker({ draft, update, data }: { draft: Draft; update: DraftUpdate; data: NetworkDataState }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const params: Params = draft.params.network ?? {};
  const pick = readNetworkPick(params);
  const info = DATASETS[pick.dataset];
  const words = datasetWordsIn(pick.dataset, tw) ?? info;
  const change = (edit: (p: Params) => Params) => update((d) => ({ ...d, params: { ...d.params, network: edit(d.params.network ?? {}) } }));
  const setField = (field: NetworkField, v: number | string) => change((p) => pickField(p, field, v));
  return (
    <div className="flex flex-col gap-3" data-testid="editor.network">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        {t('network.dataset')}
        <select className={INPUT} value={pick.dataset} onChange={(e) => {
            const v = e.target.value;
            if (isDatasetName(v)) change((p) => pickDataset(p, v));
          }} data-testid="editor.network.dataset">
          {DATASET_NAMES.map((name) => (
            <option key={name} value={name}>
              {datasetWordsIn(name, tw)?.title ?? DATASETS[name].title}
            </option>
          ))}
        </select>
      </label>
      <div className="text-xs text-slate-600">
        <p>{words.summary}</p>
        <p data-testid="editor.network.licence">
          {t('network.licence', { title: words.title, licence: words.licence, source: words.source, packageLicence: info.packageLicence })}
        </p>
        <p>
          {t.rich('network.predicts', { target: words.target, strong: (chunks) => <strong>{chunks}</strong> })}
          {info.task === 'classify' ? t('network.oneOf', { classes: info.classes.join(', ') }) : t('network.aNumber')}
        </p>
      </div>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-700">{t('network.inputs')}</legend>
        {info.choices.map((f, i) => {
          const on = pick.features.includes(f);
          return (
            <label key={f} className="flex items-center gap-2">
              <input type="checkbox" checked={on} disabled={on && pick.features.length === 1} onChange={(e) => change((p) => pickFeature(p, f, e.target.checked))} data-testid={`editor.network.feature.${i}`} />
              {datasetFeatureIn(pick.dataset, f, tw)}
            </label>
          );
        })}
      </fieldset>
      <RangeField label={t('network.hidden')} value={pick.hidden} min={2} max={MAX_HIDDEN} onChange={(v) => setField('hidden', v)} testId="editor.network.hidden" />
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        {t('network.activation')}
        <select className={INPUT} value={pick.activation} onChange={(e) => setField('activation', e.target.value)} data-testid="editor.network.activation">
          <option value="tanh">{t('network.tanh')}</option>
          <option value="relu">{t('network.relu')}</option>
        </select>
      </label>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-700">{t('network.centre')}</legend>
        {(
          [
            ['trained', t('network.centreTrained')],
            ['init', t('network.centreInit')],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="network-centre" checked={pick.centre === value} onChange={() => setField('centre', value)} data-testid={`editor.network.centre.${value}`} />
            {text}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-cols-2 gap-2 text-xs">
        <label className="flex flex-col gap-1">
          {t('network.initSeed')}
          <NumberInput label={t('network.initSeedLabel')} value={pick.initSeed} min={0} step={1} onChange={(v) => setField('initSeed', v)} testId="editor.network.initSeed" />
        </label>
        <label className="flex flex-col gap-1">
          {t('network.directionSeed')}
          <NumberInput label={t('network.directionSeedLabel')} value={pick.directionSeed} min={0} step={1} onChange={(v) => setField('directionSeed', v)} testId="editor.network.directionSeed" />
        </label>
      </div>
      <RangeField label={t('network.extent')} value={pick.extent} min={0.05} max={10} onChange={(v) => setField('extent', v)} testId="editor.network.extent" />
      <p className="text-xs text-slate-500">{t('network.computedHere')}</p>
      <RowsStatus draft={draft} params={params} data={data} />
    </div>
  );
}
