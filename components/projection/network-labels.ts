/**
 * Readable names of the real networks (content/datasets/networks.ts) for the projection page's
 * network choice: the data set, what it predicts from which features, raw or standardized, and
 * the hidden layer.
 */
import { DATASETS } from '@/content/datasets';
import type { NetworkConfig } from '@/content/datasets/networks';

/** "Palmer penguins: species from 4 features (standardized), 8 tanh hidden units". */
export function projectionNetworkLabel(config: NetworkConfig): string {
  const info = DATASETS[config.dataset];
  const features = config.features ?? info.features;
  const target = info.target.replace(/_/g, ' ').toLowerCase();
  const what = info.task === 'classify' ? `${target} (${info.classes.length} classes)` : target;
  const scaled = config.standardize ? 'standardized' : 'raw units';
  return `${info.title}: ${what} from ${features.length} features (${scaled}), ${config.hidden} ${config.activation} hidden units`;
}
