'use client';
/**
 * The landscape section's picker for a real network (the `network` family, issue 15): the data
 * set (its title, source and licence), the inputs the network sees, the hidden layer's width and
 * activation, where the map is centred, the two seeds and how far the map reaches — with where
 * its rows stand (loading, or how many there are). Edits go through ./network-params.ts.
 */
import { DATASETS, DATASET_NAMES, isDatasetName } from '@/engine/data/catalogue';
import { MAX_HIDDEN } from '@/engine/landscape/families/network';
import type { Draft, DraftUpdate } from './draft';
import { INPUT, NumberInput, RangeField } from './fields';
import { centreNeedsTraining } from './network-data';
import { loadedNetworkRows } from '@/engine/level/network-rows';
import { pickDataset, pickFeature, pickField, readNetworkPick, type NetworkField } from './network-params';
import type { NetworkDataState } from './useNetworkData';

type Params = Record<string, unknown>;

function RowsStatus({ draft, params, data }: { draft: Draft; params: Params; data: NetworkDataState }) {
  if (data.state === 'failed')
    return (
      <p role="alert" className="text-xs text-red-700" data-testid="editor.network.status" data-state="failed">
        The data set could not be loaded: {data.message}{' '}
        <button type="button" className="underline" onClick={data.retry}>
          Try again
        </button>
      </p>
    );
  if (data.state === 'none')
    return (
      <p role="status" className="text-xs text-slate-600" data-testid="editor.network.status" data-state="none">
        Choose a data set and at least one of its inputs to load its rows.
      </p>
    );
  const spec = { family: 'network' as const, params };
  const rows = data.state === 'ready' ? loadedNetworkRows(spec) : null;
  const training = rows !== null && centreNeedsTraining(spec, draft.defaults.standardize);
  return (
    <p role="status" className="text-xs text-slate-600" data-testid="editor.network.status" data-state={rows ? 'ready' : 'loading'}>
      {rows
        ? `${rows.nTrain + rows.nTest} rows with these inputs: ${rows.nTrain} to train on, ${rows.nTest} held out for the test loss.`
        : 'Loading the data set…'}
      {training ? ' This trained centre is not stored with the site: drawing the map trains the network here first.' : ''}
    </p>
  );
}

export function NetworkPicker({ draft, update, data }: { draft: Draft; update: DraftUpdate; data: NetworkDataState }) {
  const params: Params = draft.params.network ?? {};
  const pick = readNetworkPick(params);
  const info = DATASETS[pick.dataset];
  const change = (edit: (p: Params) => Params) => update((d) => ({ ...d, params: { ...d.params, network: edit(d.params.network ?? {}) } }));
  const setField = (field: NetworkField, v: number | string) => change((p) => pickField(p, field, v));
  return (
    <div className="flex flex-col gap-3" data-testid="editor.network">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Data set
        <select className={INPUT} value={pick.dataset} onChange={(e) => {
            const v = e.target.value;
            if (isDatasetName(v)) change((p) => pickDataset(p, v));
          }} data-testid="editor.network.dataset">
          {DATASET_NAMES.map((name) => (
            <option key={name} value={name}>
              {DATASETS[name].title}
            </option>
          ))}
        </select>
      </label>
      <div className="text-xs text-slate-600">
        <p>{info.summary}</p>
        <p data-testid="editor.network.licence">
          {info.title}: {info.licence}. From {info.source}; loaded from {info.packageLicence}.
        </p>
        <p>
          The network predicts <strong>{info.target}</strong>
          {info.task === 'classify' ? ` (one of ${info.classes.join(', ')}).` : ' (a number).'}
        </p>
      </div>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-700">Inputs the network sees (at least one)</legend>
        {info.choices.map((f, i) => {
          const on = pick.features.includes(f);
          return (
            <label key={f} className="flex items-center gap-2">
              <input type="checkbox" checked={on} disabled={on && pick.features.length === 1} onChange={(e) => change((p) => pickFeature(p, f, e.target.checked))} data-testid={`editor.network.feature.${i}`} />
              {f}
            </label>
          );
        })}
      </fieldset>
      <RangeField label="Hidden units (width of the hidden layer)" value={pick.hidden} min={2} max={MAX_HIDDEN} onChange={(v) => setField('hidden', v)} testId="editor.network.hidden" />
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Activation of the hidden units
        <select className={INPUT} value={pick.activation} onChange={(e) => setField('activation', e.target.value)} data-testid="editor.network.activation">
          <option value="tanh">tanh (smooth)</option>
          <option value="relu">ReLU (kinked at zero)</option>
        </select>
      </label>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-700">Centre of the map</legend>
        {(
          [
            ['trained', 'a trained minimum (the network after training)'],
            ['init', 'the random initial weights (before training)'],
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
          Initial weights (seed)
          <NumberInput label="initial weights seed" value={pick.initSeed} min={0} step={1} onChange={(v) => setField('initSeed', v)} testId="editor.network.initSeed" />
        </label>
        <label className="flex flex-col gap-1">
          Slice directions (seed: another plane through the weights)
          <NumberInput label="slice directions seed" value={pick.directionSeed} min={0} step={1} onChange={(v) => setField('directionSeed', v)} testId="editor.network.directionSeed" />
        </label>
      </div>
      <RangeField label="How far the map reaches from its centre (filter-normalized units)" value={pick.extent} min={0.05} max={10} onChange={(v) => setField('extent', v)} testId="editor.network.extent" />
      <p className="text-xs text-slate-500">A trained centre not stored with the site is computed in this page the first time it is drawn (it may take a few seconds).</p>
      <RowsStatus draft={draft} params={params} data={data} />
    </div>
  );
}
