/**
 * Readies every built-in level (content/datasets/ready.ts): the real-network levels' data sets
 * load once, so tests and scripts can score any level synchronously afterwards. Kept apart from
 * ./index.ts so that importing the levels never pulls in the data loader.
 */
import { readyLevel } from '@/content/datasets/ready';
import { LEVELS } from '.';

/** Loads what every built-in level needs. */
export async function readyBuiltInLevels(): Promise<void> {
  await Promise.all([...LEVELS.values()].map((level) => readyLevel(level)));
}
