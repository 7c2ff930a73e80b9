/**
 * The projection page's words come from the message catalogue; in English they must say exactly
 * what the pure modules say (the thrown errors, the network labels), and Chinese must say
 * something for every case.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NextIntlClientProvider, createTranslator } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import { NETWORK_CONFIGS, loadNetworkData, networkConfig } from '@/content/datasets/networks';
import { ProjectionOptionsError, parseProjectionOptions } from './options';
import { ProjectionDivergedError, runProjection } from './projection-run';
import { projectionContours } from './projection-map';
import { ProjectionMapSvg } from './ProjectionMapSvg';
import { ProjectionLossChart } from './ProjectionLossChart';
import { failureText, type ProjectionTranslate as Translate } from './problem-text';
import { networkLabelIn, projectionNetworkLabel } from './network-labels';

const tr = (locale: 'en' | 'zh', namespace: string) => createTranslator({ locale, messages: CATALOGUES[locale], namespace }) as unknown as Translate;
const options = { lr: 0.1, momentum: 0.9, batchSize: 16, steps: 600, seed: 3, res: 20 };

const BAD: readonly unknown[] = [
  { ...options, res: 97 },
  { ...options, lr: 0, momentum: 1 },
  { ...options, lr: Number.NaN },
  { ...options, steps: 1.5 },
  { ...options, steps: 25000, seed: -1 },
  { ...options, seed: 2 ** 32 },
  { momentum: 0.9, batchSize: 1, steps: 1, seed: 1 },
  { ...options, extra: 1 },
  { ...options, batchSize: 500 },
  null,
];

function optionsError(input: unknown): ProjectionOptionsError {
  try {
    parseProjectionOptions(input, 100);
  } catch (err) {
    if (err instanceof ProjectionOptionsError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('projection failures in the catalogue', () => {
  it.each(BAD.map((b) => [JSON.stringify(b), b]))('%s: English says what the error says, Chinese says it too', (_, input) => {
    const err = optionsError(input);
    const failure = { message: err.message, detail: { kind: 'options' as const, problems: err.problems } };
    expect(failureText(failure, tr('en', 'course.projection.errors'))).toBe(err.message);
    expect(failureText(failure, tr('zh', 'course.projection.errors'))).toMatch(/\p{Script=Han}/u);
  });

  it('a diverged run', () => {
    for (const what of ['weights', 'loss'] as const) {
      const err = new ProjectionDivergedError(1234, what);
      const failure = { message: err.message, detail: { kind: 'diverged' as const, step: err.step, what } };
      expect(failureText(failure, tr('en', 'course.projection.errors'))).toBe(err.message);
      expect(failureText(failure, tr('zh', 'course.projection.errors'))).toContain('1234');
    }
  });
});

describe('network labels in the catalogue', () => {
  it.each(NETWORK_CONFIGS.map((c) => [c.id, c]))('%s', (_, config) => {
    expect(networkLabelIn(config, tr('en', 'course.projection'))).toBe(projectionNetworkLabel(config));
    expect(networkLabelIn(config, tr('zh', 'course.projection'))).toMatch(/\p{Script=Han}/u);
  });
});

describe('the run pictures in both editions', () => {
  it('map and loss chart render their words', async () => {
    const config = networkConfig('penguins-std-8tanh');
    const result = runProjection(await loadNetworkData(config), config, { lr: 0.1, momentum: 0.9, batchSize: 16, steps: 40, seed: 1, res: 8 });
    const contours = projectionContours(result);
    const render = (locale: 'en' | 'zh') =>
      renderToStaticMarkup(
        createElement(NextIntlClientProvider, {
          locale,
          messages: CATALOGUES[locale],
          timeZone: 'UTC',
          children: [createElement(ProjectionMapSvg, { key: 'map', result, contours }), createElement(ProjectionLossChart, { key: 'loss', result })],
        }),
      );
    const en = render('en');
    expect(en).toContain('The training path, projected onto its own plane');
    expect(en).toMatch(/Contour map of the train loss on the plane[^<]* after 40 steps\./);
    expect(en).toContain('Train loss along the path');
    const zh = render('zh');
    expect(zh).toContain('训练路径在自身平面上的投影');
    expect(zh).toContain('沿路径的训练损失');
    expect(zh).not.toMatch(/course\.projection|NaN|undefined/);
  });
});
