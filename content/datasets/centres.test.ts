/**
 * The stored trained centres (./centres.json): each is exactly what training reproduces from its
 * network's data and seed, and a minimum of its training objective (mean loss + (λ₀/2)‖θ‖²):
 * that objective's gradient is below 1e-6, so the data loss's own gradient is −λ₀θ₀.
 */
import { describe, expect, it } from 'vitest';
import { CENTRE_L2, networkCentre } from '@/engine/landscape/network/build';
import { fullLoss } from '@/engine/nn/train';
import { storedCentre, storedCentres } from './centres';
import { NETWORK_CONFIGS, loadNetworkData } from './networks';

describe('stored network centres', () => {
  it('has one centre per network, and no other', () => {
    expect(Object.keys(storedCentres()).sort()).toEqual(NETWORK_CONFIGS.map((c) => c.id).sort());
  });

  it.each(NETWORK_CONFIGS.map((c) => [c.id, c] as const))('%s: a minimum of its objective, reproduced bit for bit by training', async (_id, c) => {
    const data = await loadNetworkData(c);
    const theta0 = storedCentre(c.id);
    const shape = { inputs: data.inputs, hidden: c.hidden, outputs: data.outputs, activation: c.activation, task: data.task };
    const g = new Float64Array(theta0.length);
    fullLoss(shape, theta0, data.trainX, data.trainY, data.nTrain, g, CENTRE_L2);
    expect(Math.hypot(...g)).toBeLessThan(1e-6);
    // Without the weight decay, the data loss's gradient is −λ₀θ₀ (to the same tolerance).
    fullLoss(shape, theta0, data.trainX, data.trainY, data.nTrain, g, 0);
    expect(Math.hypot(...g.map((v, j) => v + CENTRE_L2 * theta0[j]))).toBeLessThan(1e-6);
    const again = networkCentre(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 0 }).theta0;
    expect(again).toEqual(theta0);
  }, 30_000);
});
