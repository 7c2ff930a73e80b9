/**
 * Trains every network of content/datasets/networks.ts to its minimum (deterministic) and writes
 * the centres to content/datasets/centres.json. Run after changing a network or the trainer:
 * `npx tsx scripts/train-network-centres.ts`. content/datasets/centres.test.ts checks the file.
 */
import { writeFileSync } from 'node:fs';
import { NETWORK_CONFIGS, loadNetworkData } from '../content/datasets/networks';
import { networkCentre } from '../engine/landscape/network/build';

const out: Record<string, { theta: number[]; loss: number; gradNorm: number; iterations: number }> = {};
for (const c of NETWORK_CONFIGS) {
  const data = await loadNetworkData(c);
  const t0 = performance.now();
  const { training } = networkCentre(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 0 });
  if (!training) throw new Error('no training');
  out[c.id] = { theta: [...training.theta], loss: training.loss, gradNorm: training.gradNorm, iterations: training.iterations };
  console.log(`${c.id}: objective ${training.loss.toExponential(4)}, gradient norm ${training.gradNorm.toExponential(2)}, ${training.iterations} iterations, ${(performance.now() - t0).toFixed(0)} ms`);
}
writeFileSync(new URL('../content/datasets/centres.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
