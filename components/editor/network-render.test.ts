/**
 * Server-render of the editor on a real network (no DOM here): before its data set is loaded
 * every section renders and says it is loading (nothing builds the landscape, so nothing throws
 * NetworkDataMissingError); once loaded the picker gives the real rows and the preview builds.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { defineLevel } from '@/engine';
import { readyLandscape } from '@/content/datasets/ready';
import CreateEditor from './CreateEditor';
import EditorApp from './EditorApp';
import { newDraft, switchFamily, type Draft } from './draft';
import { withIntl } from './test-intl';

// Two of the four measurements: rows the built-in levels (loaded by the test setup) do not use,
// so this file sees them before and after loading.
const TWO_FEATURES = ['Beak Length (mm)', 'Beak Depth (mm)'];
const twoFeatures = (d: Draft): Draft => ({ ...d, params: { ...d.params, network: { ...(d.params.network ?? {}), features: TWO_FEATURES } } });

const render = () => {
  const initial = { ...twoFeatures(switchFamily(newDraft(), 'network')), start: [0.6, 0.6] as [number, number], goal: { kind: 'region' as const, center: [0, 0] as [number, number], radius: 0.2 } };
  return renderToString(withIntl(createElement(EditorApp, { initial, storageKey: 'test', restoreSaved: false, actions: () => null })));
};

describe('editor render on a real network', () => {
  it('before the data set loads: the picker, the network’s settings, no variation fields, a waiting map', () => {
    const html = render();
    for (const id of ['editor.network', 'editor.network.dataset', 'editor.network.feature.0', 'editor.network.hidden', 'editor.network.centre.trained', 'editor.network.extent', 'editor.unlock.standardize', 'editor.preview', 'editor.map.note']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    for (const id of ['editor.variation.n', 'editor.unlock.batchNorm', 'editor.param.dataset']) expect(html, id).not.toContain(`data-testid="${id}"`);
    expect(html).toContain('CC0-1.0');
    expect(html).toContain('Loading the data set…');
    expect(html).toContain('data-valid="true"');
    expect(html).toContain('data-ready="false"');
  });

  it('a fork of a network level waits for its data set before its draft is made', () => {
    const level = defineLevel({
      landscape: { family: 'network', params: { dataset: 'penguins', features: TWO_FEATURES } },
      start: [0.6, -0.5],
      goal: { kind: 'region', center: [0, 0], radius: 0.1 },
      budget: 100,
      defaults: { standardize: true, lr: 0.1 },
      controls: { lr: { min: 0.01, max: 1 } },
      solution: { lr: 0.2 },
    });
    const html = renderToString(withIntl(createElement(CreateEditor, { from: level })));
    expect(html).toContain('Loading the data set…');
    expect(html).not.toContain('data-testid="editor"');
  });

  it('once loaded: the real row counts, and the preview builds its landscape', async () => {
    await readyLandscape({ family: 'network', params: { dataset: 'penguins', features: TWO_FEATURES }, variation: {} });
    const html = render();
    expect(html).toContain('274 to train on, 68 held out');
    // The surfaces' own frame (computed after hydration), not the waiting note.
    expect(html).not.toContain('Loading the data set…');
    // These two inputs have no stored centre: the preview trains one before it draws.
    expect(html).toContain('Training the network at the centre of the map');
  });
});
