/**
 * Descent's engine: pure TypeScript, float64, deterministic. It imports nothing from React,
 * Next.js, three.js, TensorFlow.js or the DOM (an ESLint rule enforces it), so the browser, the
 * server and the tests run the same code. Every export below carries its own JSDoc at its
 * declaration; this file groups them.
 *
 *   landscape/   L(w) = (1/N) Σ ℓ_i(w) + R(w): families, datasets, per-example terms
 *   terrain/     the teachers' expression language (own parser, exact derivatives)
 *   optim/       SGD, momentum (two forms), Nesterov, AdaGrad, RMSprop, Adam
 *   sampler      mini-batches: reshuffle every epoch / once / never / with replacement
 *   simulate     one seeded run → a Trace; score: K seeds → score and stars
 *   diagnostics/ curvature, sharpness, oscillation, stalls, variance
 *   settings-registry  every setting and optimizer as people see them (one definition)
 *   level/       the versioned level format, migration and settings resolution
 *   phenomena/   the syllabus's phenomena, measured
 */

// Geometry and randomness
/** 2-D vectors, symmetric 2×2 matrices and their eigen-decomposition. */
export { eigenSym2, conditionNumber, norm2, isFiniteVec, type Vec2, type Sym2, type Eigen2 } from './vec';
/** Seeded random numbers (sfc32): the only source of randomness in the engine. */
export { createRng, shuffleInPlace, type Rng } from './rng';

// Landscapes
/** A scalar field with exact derivatives, and the landscape contract. */
export type { Field2, Order } from './landscape/field';
export type { Landscape, Examples, Box, Landmark, NormStats, BatchNormSupport } from './landscape/types';
export { IDENTITY_NORM } from './landscape/types';
/** Registered families and the validated landscape spec. */
export {
  FAMILIES,
  FAMILY_IDS,
  MAX_EXAMPLES,
  LandscapeSpecSchema,
  VariationSchema,
  buildLandscape,
  resolveVariation,
  type FamilyId,
  type LandscapeSpec,
} from './landscape/registry';
export type { FamilyDef, BuildOptions } from './landscape/family';
export { DEFAULT_VARIATION, type Variation } from './landscape/shifted';
/** Mean loss over examples (the objective) and whole-split evaluation. */
export { meanLoss, evalSplit, type LossQuery, type Split, type PointEval } from './landscape/objective';

// Terrain language
/** Parse, compile and print teacher-written terrains. */
export {
  parseTerrain,
  compileTerrain,
  formatTerrain,
  terrainField,
  TerrainError,
  TERRAIN_LIMITS,
  TERRAIN_FUNCTIONS,
  type TerrainAst,
  type TerrainErrorCode,
} from './terrain';

// Optimizers and regularization
/** The optimizers, their defaults and ranges, and the pure step API. */
export {
  OPTIMIZERS,
  OPTIMIZER_IDS,
  getOptimizer,
  DEFAULT_HYPER,
  HYPER_RANGES,
  initState,
  step,
  stableRateLimit,
  stableRateFormula,
  type Hyper,
  type Internals,
  type OptState,
  type Optimizer,
  type OptimizerId,
} from './optim';
/** L1 (proximal) and L2 regularization. */
export { penalty, penaltyOn, addPenaltyGrad, l1IsProximal, penaltyHessian, regularizedLoss, addL2Grad, proxL1, regularizedStepInto } from './regularize';

// Runs
/** Mini-batch sampling. */
export { BatchSampler, SHUFFLE_MODES, type ShuffleMode } from './sampler';
/** Settings of a run, validated. */
export { SettingsSchema, DEFAULT_SETTINGS, SETTING_KEYS, MAX_LAMBDA, hyperOf, type Settings, type SettingKey } from './settings';
/** Every setting and optimizer defined once: labels, symbols, URL keys, ranges, glossary terms. */
export {
  SETTINGS_REGISTRY,
  OPTIMIZER_INFO,
  settingDef,
  settingApplies,
  settingTitle,
  optionLabel,
  optimizerName,
  isLogScale,
  describeSetting,
  type SettingDef,
  type SettingScale,
  type OptimizerInfo,
} from './settings-registry';
/** One seeded run. */
export { simulate, landscapeFor, landscapeVariant, objectiveAt, CHECK_EVERY, type Trace, type Outcome, type SimulateOptions } from './simulate';
/** Scoring over K seeds. */
export { scoreLevel, scoreTrace, starsFor, MIN_SUCCESS_RATE, levelSeeds, progressOf, type LevelScore, type SeedScore } from './score';
/** Bounded sweep that finds the best score of a level. */
export { calibrate, candidateValues, type Calibration } from './calibrate';
/** The shortcut sweep: a level's idea wins it, the shortcuts a player tries first do not. */
export {
  auditIntent,
  sweepShortcut,
  impliedShortcuts,
  describeChange,
  defaultPositions,
  FULL_SWEEP_COST,
  type IntentAudit,
  type ShortcutFinding,
  type Probe,
  type SweepOptions,
} from './shortcuts';
/** A level's proof: the sweep's verdict as data (proven / unproven / no intent). */
export {
  LevelProofSchema,
  ProofRowSchema,
  PROOF_LADDER,
  estimateProbes,
  proofPositions,
  proofOfAudit,
  noIntentProof,
  tooCostlyProof,
  proveLevel,
  type LevelProof,
  type ProofRow,
} from './proof';
export { SLIDER_TICKS, sliderSpec, sliderValueAt, sliderValues, controlPositions, type SliderSpec } from './level/slider';

// Levels
/** The level format, its migration and settings resolution. */
export {
  LevelSchema,
  ControlsSchema,
  GoalSchema,
  IntentSchema,
  PredictionSchema,
  type Prediction,
  ShortcutSchema,
  LEVEL_VERSION,
  LEVEL_ID,
  levelDefaults,
  controlViolation,
  type Level,
  type Controls,
  type Goal,
  type Intent,
  type Shortcut,
} from './level/schema';
export { migrateLevel, loadLevel, loadLevelJson, MAX_LEVEL_JSON, type LoadResult } from './level/migrate';
export { migrateSettings, parseStoredSettings, V1_RMSPROP_DECAY } from './level/migrate-settings';
export { resolveSettings, type SettingsResult } from './level/resolve';
export { defineLevel, type LevelDraft } from './level/define';

// Diagnostics
/** Curvature, sharpness, trace measurements and batch-gradient variance. */
export { curvatureAt, stableLrLimit, type Curvature } from './diagnostics/curvature';
export { keskarSharpness } from './diagnostics/sharpness';
/** The effective learning rate (one definition: explanations and the player's chart). */
export { effectiveRateAt, effectiveRateSeries } from './diagnostics/effective-rate';
export {
  oscillationIndex,
  findStall,
  firstStepBelow,
  roughness,
  autocorrelation,
  spreadOf,
  finalBasin,
  effectiveLrAt,
  generalizationGap,
  type Stall,
} from './diagnostics/trace';
export { gradientSpread, predictedBatchVariance, measuredBatchVariance, type GradientSpread } from './diagnostics/variance';

// Phenomena
/** Every syllabus phenomenon with its measured numbers. */
export { measuredPhenomenon, PHENOMENA, type Phenomenon, type PhenomenonRow } from './phenomena/table';

// Explanations
/** What happened in a run and why, in the lessons' terms, with the numbers. */
export { explainRun } from './explain';
export type { Explanation, Finding, FindingKind, LessonLink } from './explain';

// Small networks on real data (issue 15)
/** One-hidden-layer perceptrons: the θ layout, exact loss/gradient/Hessian-vector products per example, training to a minimum. */
export { paramCount, paramLayout, neuronGroups, checkMlpShape, type Activation, type NetTask, type MlpShape, type ParamLayout } from './nn/shape';
export { mlpScratch, exampleLoss, exampleLossGrad, exampleHvp, predict, type MlpScratch } from './nn/mlp';
export { initParams, fullLoss, fullHvp, trainToMinimum, type TrainOptions, type TrainResult } from './nn/train';
export { minimizeLbfgs, type SmoothObjective, type LbfgsOptions, type LbfgsResult } from './nn/lbfgs';

// Real data tables (issue 15)
/** Keyed rows → float64 tables (missing rows dropped and counted), seeded stratified splits, train-set standardization. */
export { buildDataTable, selectRows, classCounts, isMissing, type DataTable, type DataTableSpec } from './data/table';
export { splitTable, type SplitOptions, type TableSplit } from './data/split';
export { featureStats, standardizeTable, type FeatureStats, type TargetScaling } from './data/standardize';
export { prepareSplit, type PrepareOptions, type PreparedSplit } from './data/prepare';
