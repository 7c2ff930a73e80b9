/**
 * The Chinese texts of the built-in levels, one file per level (<id>.json): title, goal, hints,
 * solution, prediction and the idea it proves. content/i18n/level-text.ts applies them; the
 * parity test checks every level has one, with the same number of hints and choices.
 */
import adamBiasCorrection from './adam-bias-correction.json';
import batchnormBatchSize from './batchnorm-batch-size.json';
import bealePlateau from './beale-plateau.json';
import carsStandardize from './cars-standardize.json';
import catsThenDogs from './cats-then-dogs.json';
import himmelblauChoice from './himmelblau-choice.json';
import jaggedCurve from './jagged-curve.json';
import l1Pruning from './l1-pruning.json';
import l2Shrink from './l2-shrink.json';
import longSlope from './long-slope.json';
import mindTheGap from './mind-the-gap.json';
import monkeySaddle from './monkey-saddle.json';
import nesterovLookAhead from './nesterov-look-ahead.json';
import noiseFloor from './noise-floor.json';
import penguinsBatch from './penguins-batch.json';
import plateauCliff from './plateau-cliff.json';
import rareFeature from './rare-feature.json';
import ravineMomentum from './ravine-momentum.json';
import rightOnAverage from './right-on-average.json';
import rollingHills from './rolling-hills.json';
import rosenbrockBanana from './rosenbrock-banana.json';
import saddleEscape from './saddle-escape.json';
import scaleMatters from './scale-matters.json';
import sharpOrFlat from './sharp-or-flat.json';
import stabilityEdge from './stability-edge.json';
import tunedMomentum from './tuned-momentum.json';

/** A level's readable texts in another language (numbers and settings stay in the level file). */
export interface LevelTexts {
  readonly title: string;
  readonly goalText: string;
  readonly hints: readonly string[];
  readonly solutionText?: string;
  readonly prediction?: { readonly question: string; readonly choices: readonly string[]; readonly why: string };
  readonly idea?: string;
}

export const LEVEL_TEXTS_ZH: Readonly<Record<string, LevelTexts>> = {
  'adam-bias-correction': adamBiasCorrection,
  'batchnorm-batch-size': batchnormBatchSize,
  'beale-plateau': bealePlateau,
  'cars-standardize': carsStandardize,
  'cats-then-dogs': catsThenDogs,
  'himmelblau-choice': himmelblauChoice,
  'jagged-curve': jaggedCurve,
  'l1-pruning': l1Pruning,
  'l2-shrink': l2Shrink,
  'long-slope': longSlope,
  'mind-the-gap': mindTheGap,
  'monkey-saddle': monkeySaddle,
  'nesterov-look-ahead': nesterovLookAhead,
  'noise-floor': noiseFloor,
  'penguins-batch': penguinsBatch,
  'plateau-cliff': plateauCliff,
  'rare-feature': rareFeature,
  'ravine-momentum': ravineMomentum,
  'right-on-average': rightOnAverage,
  'rolling-hills': rollingHills,
  'rosenbrock-banana': rosenbrockBanana,
  'saddle-escape': saddleEscape,
  'scale-matters': scaleMatters,
  'sharp-or-flat': sharpOrFlat,
  'stability-edge': stabilityEdge,
  'tuned-momentum': tunedMomentum,
};
