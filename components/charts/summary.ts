/**
 * The sentence a screen reader hears for a chart: each series' first and last drawn value with
 * their steps. Pure; English unless given a translator of the `player` namespace.
 */
import { num } from '@/engine/explain';
import { EN, type Translate } from '@/components/i18n/translate';

/** What summarizeSeries needs of a series. */
export interface NamedValues {
  readonly label: string;
  readonly values: ArrayLike<number>;
}

/** "train: 1.2 at step 0 to 0.031 at step 250; test: …" over steps 0…upTo (finite values only). */
export function summarizeSeries(series: readonly NamedValues[], upTo: number, t: Translate = EN): string {
  const parts = series.map(({ label, values }) => {
    let a = -1;
    let b = -1;
    for (let i = 0; i <= upTo && i < values.length; i++) {
      if (!Number.isFinite(values[i])) continue;
      if (a < 0) a = i;
      b = i;
    }
    if (a < 0) return t('chart.noValues', { label });
    if (a === b) return t('chart.oneValue', { label, value: num(values[a], 3), step: a });
    return t('chart.range', { label, from: num(values[a], 3), a, to: num(values[b], 3), b });
  });
  return t('chart.end', { parts: parts.join(t('chart.joiner')) });
}
