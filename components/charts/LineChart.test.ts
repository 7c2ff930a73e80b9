import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LineChart, type LineChartProps } from './LineChart';

const render = (props: LineChartProps) => renderToStaticMarkup(createElement(LineChart, props));
/** Numbers of the "M x y L x y" commands of the first series path. */
const pathPoints = (html: string) => (/<path d="([^"]*)"/.exec(html)?.[1] ?? '').split(/[ML]/).filter(Boolean);

describe('LineChart', () => {
  const loss = Float64Array.from({ length: 501 }, (_, t) => (t === 0 ? NaN : 2 * Math.exp(-t / 50)));

  it('is an image with a title, a summary of each series and the test id', () => {
    const html = render({ title: 'Loss', testId: 'player.chart.loss', upTo: 100, total: 500, series: [{ label: 'train', color: '#000', values: loss }] });
    expect(html).toContain('role="img"');
    expect(html).toContain('data-testid="player.chart.loss"');
    expect(html).toMatch(/aria-label="Loss\. train: 1\.96 at step 1 to 0\.271 at step 100\."/);
    expect(html.match(/<svg/g)).toHaveLength(1);
  });

  it('draws axes with nice tick labels, axis titles, gridlines and a legend', () => {
    const html = render({ title: 'Loss', testId: 't', upTo: 500, total: 500, yLabel: 'loss', series: [{ label: 'train', color: '#123456', values: loss }] });
    for (const label of ['>0<', '>0.5<', '>1<', '>1.5<', '>2<', '>100<', '>500<', '>step<', '>loss<', '>train<']) expect(html).toContain(label);
    expect(html.replace(/aria-label="[^"]*"/, '')).not.toMatch(/e-\d/); // visible labels are never 1e-5 style
  });

  it('a log axis says so on its title and is ticked at powers of ten', () => {
    const values = Float64Array.from({ length: 101 }, (_, t) => 100 * 10 ** (-t / 20));
    const html = render({ title: 'Gradient norm', testId: 't', upTo: 100, total: 100, log: true, yLabel: 'norm', series: [{ label: 'g', color: '#000', values }] });
    expect(html).toContain('norm · log scale');
    expect(html).toContain('aria-label="Gradient norm (log scale).');
    for (const label of ['10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²']) expect(html).toContain(`>${label}<`);
  });

  it('draws nothing after upTo, marks the current step, and keeps ≤ ~400 points', () => {
    const long = Float64Array.from({ length: 5001 }, (_, t) => Math.sin(t));
    const html = render({ title: 'x', testId: 't', upTo: 3000, total: 5000, marker: true, series: [{ label: 's', color: '#000', values: long }] });
    const pts = pathPoints(html);
    expect(pts.length).toBeLessThanOrEqual(402);
    const lastX = Number(pts[pts.length - 1].split(' ')[0]);
    const marker = /data-role="current-step" x1="([\d.]+)"/.exec(html);
    expect(marker).not.toBeNull();
    expect(lastX).toBeCloseTo(Number(marker![1]), 0);
    expect(render({ title: 'x', testId: 't', upTo: 10, total: 50, series: [] })).not.toContain('current-step');
  });

  it('skips NaN entries and handles a chart with no values', () => {
    const sparse = Float64Array.from({ length: 101 }, (_, t) => (t % 10 === 0 ? 1 + t / 100 : NaN));
    const pts = pathPoints(render({ title: 'x', testId: 't', upTo: 100, total: 100, series: [{ label: 's', color: '#000', values: sparse }] }));
    expect(pts).toHaveLength(11);
    const empty = render({ title: 'x', testId: 't', upTo: 0, total: 100, series: [{ label: 's', color: '#000', values: Float64Array.of(NaN) }] });
    expect(empty).toContain('s: no values yet');
    expect(empty).not.toContain('NaN');
  });

  it('guides, bands and a hidden legend', () => {
    const html = render({
      title: 'x',
      testId: 't',
      upTo: 100,
      legend: false,
      hGuides: [{ at: 0.5, label: 'goal: 0.5', color: '#0a0' }],
      vGuides: [{ at: 40, label: 'reached', color: '#0a0' }],
      bands: [{ from: 10, to: 20, label: 'stall', color: '#a00' }],
      series: [{ label: 'train-legend', color: '#000', values: loss }],
    });
    for (const text of ['goal: 0.5', 'reached', 'stall']) expect(html).toContain(`>${text}<`);
    expect(html).not.toContain('>train-legend<');
  });
});
