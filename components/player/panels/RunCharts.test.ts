import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { withIntl } from '@/components/i18n/with-intl';
import { DEFAULT_SETTINGS, defineLevel, simulate, type Settings } from '@/engine';
import { RunCharts, batchGradNorms, effectiveLrCaption, effectiveLrSeries, isAdaptive, isNoisyRun } from './RunCharts';

/** A fixture level of this test's own: a ravine sampled with 64 examples, goal out of reach. */
const level = defineLevel({
  landscape: { family: 'ravine', params: {}, variation: { n: 64 } },
  start: [2, 1],
  goal: { kind: 'region', center: [0, 0], radius: 1e-6 },
  budget: 120,
});

/** RunCharts reads its words from the English catalogue, as on an English page. */
const render = (props: Parameters<typeof RunCharts>[0], locale: 'en' | 'zh' = 'en') =>
  renderToStaticMarkup(withIntl(createElement(RunCharts, props), locale));

function run(settings: Partial<Settings>) {
  const s: Settings = { ...DEFAULT_SETTINGS, lr: 0.01, ...settings };
  const trace = simulate(level, s, 1, { record: 'every-step' });
  return { trace, settings: s, html: render({ trace, settings: s, upTo: 60 }) };
}

const chartIds = (html: string) => [...html.matchAll(/data-testid="(player\.chart\.[a-z]+)"/g)].map((m) => m[1]);

describe('RunCharts', () => {
  it('SGD on full batches: loss and gradient charts, no batch-gradient line, no effective-rate chart', () => {
    const { trace, settings, html } = run({ optimizer: 'sgd', batchSize: 64 });
    expect(trace.steps).toBeGreaterThan(60);
    expect(isNoisyRun(trace, settings)).toBe(false);
    expect(chartIds(html)).toEqual(['player.chart.loss', 'player.chart.grad']);
    expect(html).toContain('‖∇L‖ full batch');
    expect(html).not.toContain('‖g‖ mini-batch');
    expect(html).toContain('data-role="current-step"');
  });

  it('mini-batches (B < N) add the batch gradient beside the full gradient', () => {
    const { trace, settings, html } = run({ optimizer: 'sgd', batchSize: 8 });
    expect(isNoisyRun(trace, settings)).toBe(true);
    expect(html).toContain('‖g‖ mini-batch');
    expect(html).toMatch(/aria-label="Gradient norm \(log scale\)\. ‖g‖ mini-batch: \S+ at step 1 to \S+ at step 60; ‖∇L‖ full batch: [^;]+\./);
    const norms = batchGradNorms(trace);
    expect(norms[0]).toBeNaN();
    expect(norms[5]).toBeCloseTo(Math.hypot(trace.batchGradX[5], trace.batchGradY[5]), 12);
  });

  it('sampling with replacement is noisy even when B = N', () => {
    const { trace, settings } = run({ optimizer: 'sgd', batchSize: 64, shuffle: 'replacement' });
    expect(isNoisyRun(trace, settings)).toBe(true);
  });

  it.each(['adagrad', 'rmsprop', 'adam'] as const)('%s adds the effective learning rate per weight on a log scale', (optimizer) => {
    const { trace, settings, html } = run({ optimizer, batchSize: 64, lr: 0.05 });
    expect(isAdaptive(settings)).toBe(true);
    expect(chartIds(html)).toEqual(['player.chart.loss', 'player.chart.grad', 'player.chart.efflr']);
    expect(html).toContain('>w₁<');
    expect(html).toContain('>w₂<');
    expect(html).toContain('rate · log scale');
    expect(html).toContain(effectiveLrCaption(settings));
    const w2 = effectiveLrSeries(trace, 1);
    expect(w2[0]).toBeNaN();
    expect(w2[10]).toBe(trace.effLr[21]);
  });

  it.each(['momentum', 'nesterov'] as const)('%s has no effective-rate chart', (optimizer) => {
    const { html } = run({ optimizer, batchSize: 64 });
    expect(chartIds(html)).not.toContain('player.chart.efflr');
  });

  it("the effective-rate caption states the engine's formula, with Adam's bias correction when on", () => {
    const adam = { ...DEFAULT_SETTINGS, optimizer: 'adam' } as const;
    expect(effectiveLrCaption({ ...adam, biasCorrection: true })).toContain('(1 − β₁ᵗ)');
    expect(effectiveLrCaption({ ...adam, biasCorrection: false })).toContain('bias correction off');
    expect(effectiveLrCaption({ ...DEFAULT_SETTINGS, optimizer: 'adagrad' })).toContain('sum of all its squared gradients');
  });

  it('the loss chart is on a log scale when every loss is positive, and draws nothing after upTo', () => {
    const { trace, settings } = run({ optimizer: 'sgd', batchSize: 64 });
    const html = render({ trace, settings, upTo: 0 });
    expect(html).toContain('loss · log scale');
    expect(html).toContain('batch: no values yet');
  });

  it('reads in Chinese on a Chinese page', () => {
    const { trace, settings } = run({ optimizer: 'adam', batchSize: 8, lr: 0.05 });
    const html = render({ trace, settings, upTo: 30 }, 'zh');
    for (const words of ['梯度范数', '有效学习率', '损失 · 对数刻度', '‖g‖ 小批量', '>步<']) expect(html).toContain(words);
    expect(html).not.toContain('log scale');
  });
});
