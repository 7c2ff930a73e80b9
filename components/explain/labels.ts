/**
 * Words for the explanation UI: finding kinds, outcome names, the measured numbers' labels, and
 * a short summary of the settings that matter for a run. Pure data and functions.
 */
import { SETTINGS_REGISTRY, optimizerName, settingApplies, type Landscape, type Outcome, type Settings, type SettingKey } from '@/engine';
import { num, pct } from '@/engine/explain';

/** Outcome names for badges. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  'reached-goal': 'Reached the goal',
  'budget-exhausted': 'Ran out of steps',
  diverged: 'Diverged',
  stalled: 'Stalled',
};

/** Labels of the numbers findings carry (unknown names are shown as they are). */
export const NUMBER_LABELS: Readonly<Record<string, string>> = {
  steps: 'steps',
  from: 'from step',
  to: 'to step',
  gradTol: 'gradient threshold',
  loss: 'train loss',
  lambdaMin: 'λmin',
  lambdaMax: 'λmax',
  lambdaMaxPath: 'steepest λmax on the path',
  limitPath: 'limit there',
  ratioPath: 'lr / limit there',
  x: 'w₁',
  y: 'w₂',
  index: 'oscillation index',
  kappa: 'condition number κ',
  lr: 'learning rate',
  rate: 'effective rate',
  limit: 'stable limit',
  ratio: 'ratio',
  momentum: `${SETTINGS_REGISTRY.momentum.label} ${SETTINGS_REGISTRY.momentum.symbol}`,
  step: 'step',
  sharpness: 'sharpness here (δ-box)',
  otherSharpness: 'sharpness, other basin',
  gap: 'test − train loss',
  otherGap: 'test − train, other basin',
  eps: 'δ (sharpness box half-width)',
  batchSize: 'batch size B',
  n: 'examples N',
  progress: 'progress',
  gradStart: '‖g‖ at start',
  gradEnd: '‖g‖ at end',
  perStep: 'lr·λmin',
  parameter: 'parameter',
  earlyStep: 'early step',
  lateStep: 'late step',
  early: 'early rate',
  late: 'late rate',
  factor1: 'factor at t = 1',
  factor10: 'factor at t = 10',
  firstStep: 'first step',
  measured: 'first step / lr',
  beta1: SETTINGS_REGISTRY.beta1.short,
  beta2: SETTINGS_REGISTRY.beta2.short,
  relError: 'relative gradient error',
  varianceFactor: 'variance factor',
  batchRoughness: 'batch-loss roughness',
  trainRoughness: 'train-loss roughness',
  lag: 'epoch (steps)',
  autocorr: 'autocorrelation at one epoch',
  autocorrWithin: 'lowest within the epoch',
  withinLag: 'at lag',
  spread: 'loss spread',
  goalStep: 'goal step',
  budget: 'budget',
  fractionUsed: 'budget used',
  seedsReached: 'seeds reached',
  seeds: 'seeds',
  score: 'score',
  stars: 'stars',
};

/** Names of the numbers that are fractions, shown as percentages. */
const PERCENT_KEYS = new Set(['progress', 'fractionUsed', 'relError', 'index', 'perStep']);

/** Names of the numbers that are integers (shown without rounding). */
const INTEGER_KEYS = new Set(['steps', 'from', 'to', 'step', 'batchSize', 'n', 'earlyStep', 'lateStep', 'lag', 'withinLag', 'goalStep', 'budget', 'seedsReached', 'seeds', 'score', 'stars']);

/** A number of a finding, formatted for display. */
export function formatNumber(key: string, value: number): string {
  if (key === 'parameter') return value === 0 ? 'w₁' : 'w₂';
  if (INTEGER_KEYS.has(key)) return String(Math.round(value));
  if (PERCENT_KEYS.has(key)) return pct(value);
  return num(value, 3);
}

/** The optimizer hyper-parameters a summary lists when the run's optimizer reads them. */
const OPTIMIZER_KEYS: readonly SettingKey[] = ['momentum', 'beta1', 'beta2', 'rho', 'biasCorrection'];

/** The settings that shape this run, as [label, value] pairs (irrelevant ones left out). */
export function settingsSummary(s: Settings, land: Landscape): [string, string][] {
  const name = (k: SettingKey) => SETTINGS_REGISTRY[k].short;
  const out: [string, string][] = [
    [name('optimizer'), optimizerName(s.optimizer)],
    [name('lr'), num(s.lr, 3)],
    [name('batchSize'), `${s.batchSize} of ${land.train.n}`],
  ];
  if (s.batchSize < land.train.n) out.push([name('shuffle'), s.shuffle]);
  for (const k of OPTIMIZER_KEYS) {
    if (!settingApplies(k, s.optimizer)) continue;
    const v = s[k];
    out.push([name(k), typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v)]);
  }
  if (s.batchNorm) out.push([name('batchNorm'), 'on']);
  if (s.l1 > 0) out.push([name('l1'), num(s.l1, 3)]);
  if (s.l2 > 0) out.push([name('l2'), num(s.l2, 3)]);
  return out;
}
