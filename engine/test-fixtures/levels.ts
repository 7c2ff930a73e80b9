/**
 * Fixture levels for engine tests: frozen copies (hints and solution text left out) of seven
 * built-in levels as they stood when the tests were written, so editing a lesson's level never
 * breaks an engine test. Tests about the built-in levels themselves live in content/levels/.
 */
import { defineLevel, type LevelDraft } from '../level/define';
import type { Level } from '../level/schema';

const FIXTURES = {
  'saddle-escape': {
    id: 'saddle-escape',
    title: 'Off the saddle',
    goalText: 'Get the training loss below −0.5: roll off the saddle into one of the two valleys.',
    landscape: { family: 'saddle', params: {}, variation: { n: 64 } },
    start: [0.3, 1e-06],
    goal: { kind: 'loss', split: 'train', below: -0.5 },
    budget: 500,
    seeds: 4,
    stallGradNorm: 0.01,
    defaults: { optimizer: 'sgd', lr: 0.01, batchSize: 64 },
    controls: { optimizer: { options: ['sgd', 'momentum', 'adam'] }, lr: { min: 0.001, max: 0.1 }, batchSize: { min: 1, max: 64 } },
    stars: [300, 600, 850],
    solution: { optimizer: 'adam', lr: 0.05 },
  },
  'rolling-hills': {
    id: 'rolling-hills',
    title: 'Rolling hills',
    goalText: 'A custom terrain with three hollows: reach the deepest one, top right, from the far corner.',
    landscape: { family: 'terrain', params: { expr: '0.08*(x^2 + y^2) - 1.5*bump(1.6, 1.2, 0.5) - 0.8*bump(-1, -0.5, 0.7) - 0.6*bump(0.6, -1.6, 0.4) + 2', domain: { x: [-3, 3], y: [-3, 3] } }, variation: { n: 32, spread: [0.05, 0.05] } },
    start: [-2.5, 2.5],
    goal: { kind: 'region', center: [1.6, 1.2], radius: 0.3 },
    budget: 600,
    seeds: 4,
    defaults: { optimizer: 'sgd', lr: 0.05, batchSize: 32 },
    controls: { optimizer: { options: ['sgd', 'momentum', 'adam'] }, lr: { min: 0.005, max: 0.5 }, momentum: { min: 0, max: 0.99 } },
    stars: [300, 600, 850],
    solution: { optimizer: 'momentum', lr: 0.5, momentum: 0.99 },
  },
  'ravine-momentum': {
    id: 'ravine-momentum',
    title: 'Down the ravine',
    goalText: 'Reach the bottom of the long, narrow valley (the ring at the centre) in as few steps as you can: three stars need 55 steps or fewer.',
    landscape: { family: 'ravine', params: { kappa: 50 }, variation: { n: 64, spread: [0.05, 0.01] } },
    start: [-2.8, 0.6],
    goal: { kind: 'region', center: [0, 0], radius: 0.15 },
    budget: 400,
    seeds: 4,
    defaults: { optimizer: 'sgd', lr: 0.005, batchSize: 64 },
    controls: { optimizer: { options: ['sgd', 'momentum'] }, lr: { min: 0.001, max: 0.05 }, momentum: { min: 0, max: 0.99 } },
    stars: [300, 600, 945],
    solution: { optimizer: 'momentum', lr: 0.02, momentum: 0.9 },
  },
  'sharp-or-flat': {
    id: 'sharp-or-flat',
    title: 'Sharp or flat?',
    goalText: 'Land in the wide, flat basin (the ring on the right), not the narrow one next to the start.',
    landscape: { family: 'sharp-flat', params: {} },
    start: [-1.1, 0.7],
    goal: { kind: 'region', center: [1.5, -0.5], radius: 0.6 },
    budget: 800,
    seeds: 8,
    defaults: { optimizer: 'sgd', lr: 0.05, batchSize: 64 },
    controls: { lr: { min: 0.01, max: 0.1 }, batchSize: { min: 1, max: 64 } },
    stars: [300, 550, 750],
    solution: { lr: 0.05, batchSize: 4 },
  },
  'rare-feature': {
    id: 'rare-feature',
    title: 'The rare feature',
    goalText: 'Fit both weights: reach (1, 2), where the second feature appears in only 5 % of the examples. Three stars need 130 steps or fewer.',
    landscape: { family: 'sparse', params: { rare: 0.05 }, variation: { n: 256, seed: 2 } },
    start: [0, 0],
    goal: { kind: 'region', center: [1, 2], radius: 0.2 },
    budget: 400,
    seeds: 4,
    defaults: { optimizer: 'sgd', lr: 0.1, batchSize: 16 },
    controls: { optimizer: { options: ['sgd', 'adagrad'] }, lr: { min: 0.01, max: 1 } },
    stars: [300, 600, 870],
    solution: { optimizer: 'adagrad', lr: 0.5 },
  },
  'scale-matters': {
    id: 'scale-matters',
    title: 'Age and salary',
    goalText: 'Fit the linear model: bring the test loss below 0.3.',
    landscape: { family: 'regression', params: { scaling: 'raw' }, variation: { n: 256, seed: 4 } },
    start: [0, 0],
    goal: { kind: 'loss', split: 'test', below: 0.3 },
    budget: 400,
    seeds: 4,
    defaults: { optimizer: 'sgd', lr: 5e-10, batchSize: 64, batchNorm: false },
    controls: { lr: { min: 1e-10, max: 0.5 }, batchSize: { min: 2, max: 256 }, batchNorm: {} },
    stars: [300, 600, 800],
    solution: { lr: 0.1, batchSize: 64, batchNorm: true },
  },
  'plateau-cliff': {
    id: 'plateau-cliff',
    title: 'The plateau and the cliff',
    goalText: 'Cross the almost-flat plateau, go over the cliff and come to rest in the valley at the bottom (the ring near w₁ ≈ −1.55).',
    landscape: { family: 'plateau-cliff', params: {}, variation: { n: 32 } },
    start: [3, 0.8],
    goal: { kind: 'region', center: [-1.55, 0], radius: 0.4 },
    budget: 600,
    seeds: 4,
    defaults: { optimizer: 'sgd', lr: 0.1, batchSize: 32, rho: 0.999 },
    controls: { optimizer: { options: ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'] }, lr: { min: 0.01, max: 1 }, momentum: { min: 0, max: 0.99 }, beta2: { min: 0.9, max: 0.999 }, rho: { min: 0.9, max: 0.999 } },
    stars: [300, 600, 800],
    solution: { optimizer: 'momentum', lr: 0.5, momentum: 0.9 },
  },
} satisfies Record<string, LevelDraft & { id: string }>;

/** Ids of the fixture levels. */
export type FixtureId = keyof typeof FIXTURES;

/** Every fixture id. */
export const FIXTURE_IDS = Object.keys(FIXTURES) as FixtureId[];

/** The fixture level with this id, validated. */
export function fixtureLevel(id: FixtureId): Level {
  return defineLevel(FIXTURES[id]);
}
