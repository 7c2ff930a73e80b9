/**
 * Readable names of the real networks (content/datasets/networks.ts) for the projection page's
 * network choice: the data set, what it predicts from which features, raw or standardized, and
 * the hidden layer. `projectionNetworkLabel` says it in English; `networkLabelIn` with a
 * translator of the `course.projection` messages says it in the page's language (the same words
 * in English: network-labels.test.ts).
 */
import { DATASETS } from '@/content/datasets';
import type { NetworkConfig } from '@/content/datasets/networks';
import type { ProjectionTranslate as Translate } from './problem-text';

/** The facts a label names. */
function partsOf(config: NetworkConfig) {
  const info = DATASETS[config.dataset];
  return {
    dataset: config.dataset,
    title: info.title,
    target: info.target.replace(/_/g, ' ').toLowerCase(),
    classes: info.task === 'classify' ? info.classes.length : null,
    features: (config.features ?? info.features).length,
    standardize: config.standardize,
    hidden: config.hidden,
    activation: config.activation,
  };
}

/** "Palmer penguins: species from 4 features (standardized), 8 tanh hidden units". */
export function projectionNetworkLabel(config: NetworkConfig): string {
  const p = partsOf(config);
  const what = p.classes === null ? p.target : `${p.target} (${p.classes} classes)`;
  const scaled = p.standardize ? 'standardized' : 'raw units';
  return `${p.title}: ${what} from ${p.features} features (${scaled}), ${p.hidden} ${p.activation} hidden units`;
}

/** The label in the translator's language (a data set it has no words for keeps its English names). */
export function networkLabelIn(config: NetworkConfig, t: Translate): string {
  const p = partsOf(config);
  const own = (key: 'title' | 'target') => (t.has(`datasets.${p.dataset}.${key}`) ? t(`datasets.${p.dataset}.${key}`) : p[key]);
  const target = own('target');
  return t('networkLabel', {
    title: own('title'),
    what: p.classes === null ? target : t('classes', { target, classes: String(p.classes) }),
    features: String(p.features),
    scaled: t(p.standardize ? 'standardized' : 'raw'),
    hidden: String(p.hidden),
    activation: p.activation,
  });
}
