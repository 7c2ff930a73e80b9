import { defineLevel, DEFAULT_SETTINGS, simulate, landscapeFor, type Settings } from './engine';
const stepLevel = defineLevel({
  landscape: { family: 'ravine', params: { kappa: 25 }, variation: { n: 1, nTest: 1 } },
  start: [2, 1], goal: { kind: 'loss', split: 'train', below: -1 }, budget: 5000, defaults: { batchSize: 1 },
});
const s: Settings = { ...DEFAULT_SETTINGS, optimizer: 'adam', lr: 0.01, batchSize: 1 };
const land = landscapeFor(stepLevel, s);
for (let k = 0; k < 15; k++) { const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 200) { simulate(stepLevel, s, 1, { landscape: land, record: 'path' }); n++; }
console.log('SLICE', ((n * 5000) / 0.2 / 1e6).toFixed(1)); }
