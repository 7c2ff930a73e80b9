/**
 * The built-in levels: every JSON file in this folder, validated (and migrated) on load.
 * content/levels/levels.test.ts checks that no file is missing from this list and that every
 * level earns three stars with its published solution.
 */
import { loadLevel, type Level } from '@/engine';
import rightOnAverage from './right-on-average.json';
import noiseFloor from './noise-floor.json';
import catsThenDogs from './cats-then-dogs.json';
import jaggedCurve from './jagged-curve.json';
import ravineMomentum from './ravine-momentum.json';
import tunedMomentum from './tuned-momentum.json';
import nesterovLookAhead from './nesterov-look-ahead.json';
import stabilityEdge from './stability-edge.json';
import saddleEscape from './saddle-escape.json';
import sharpOrFlat from './sharp-or-flat.json';
import mindTheGap from './mind-the-gap.json';
import rosenbrockBanana from './rosenbrock-banana.json';
import himmelblauChoice from './himmelblau-choice.json';
import bealePlateau from './beale-plateau.json';
import adamBiasCorrection from './adam-bias-correction.json';
import scaleMatters from './scale-matters.json';
import batchnormBatchSize from './batchnorm-batch-size.json';
import l1Pruning from './l1-pruning.json';
import l2Shrink from './l2-shrink.json';
import rareFeature from './rare-feature.json';
import longSlope from './long-slope.json';
import plateauCliff from './plateau-cliff.json';
import monkeySaddle from './monkey-saddle.json';
import rollingHills from './rolling-hills.json';
import penguinsBatch from './penguins-batch.json';
import carsStandardize from './cars-standardize.json';

const RAW: readonly unknown[] = [
  rightOnAverage,
  noiseFloor,
  catsThenDogs,
  jaggedCurve,
  ravineMomentum,
  tunedMomentum,
  nesterovLookAhead,
  stabilityEdge,
  saddleEscape,
  sharpOrFlat,
  mindTheGap,
  rosenbrockBanana,
  himmelblauChoice,
  bealePlateau,
  adamBiasCorrection,
  scaleMatters,
  batchnormBatchSize,
  l1Pruning,
  l2Shrink,
  rareFeature,
  longSlope,
  plateauCliff,
  monkeySaddle,
  rollingHills,
  penguinsBatch,
  carsStandardize,
];

function load(doc: unknown): Level {
  const res = loadLevel(doc);
  if (!res.ok) {
    const id = (doc as { id?: string })?.id ?? '?';
    throw new Error(`content/levels: level "${id}" is invalid: ${res.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
  return res.level;
}

/** Built-in levels by id, in course order. */
export const LEVELS: ReadonlyMap<string, Level> = new Map(RAW.map((doc) => load(doc)).map((l) => [l.id, l]));

/** The built-in level with this id, or undefined. */
export function getLevel(id: string): Level | undefined {
  return LEVELS.get(id);
}
