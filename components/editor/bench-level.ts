/**
 * The level the auto-calibration benchmark sweeps (scripts/bench/calibrate*.ts and the
 * /dev/bench/calibrate page): a typical teacher's custom terrain with four unlocked settings.
 */
import { defineLevel, type Level } from '@/engine';

/** A typical teacher's level: a custom terrain, four unlocked settings, K = 8, 300 steps. */
export function typicalLevel(): Level {
  return defineLevel({
    id: 'bench-calibrate',
    landscape: { family: 'terrain', params: { expr: 'x^2 - y^2 + y^4/4 + 0.5*bump(0.5, 0.5, 0.3)' }, variation: { n: 32 } },
    start: [1.5, 0.05],
    goal: { kind: 'region', center: [0, 1.41], radius: 0.3 },
    budget: 300,
    seeds: 8,
    defaults: { batchSize: 32 },
    controls: {
      optimizer: { options: ['sgd', 'momentum', 'adam'] },
      lr: { min: 0.001, max: 0.5 },
      batchSize: { min: 1, max: 32 },
      momentum: { min: 0, max: 0.95 },
    },
  });
}

