/**
 * The phenomena table: every syllabus phenomenon with the number the engine measures for it and
 * the condition that number must meet. `npm run phenomena` prints it; phenomena.test.ts asserts
 * each row, so a picture is never the proof.
 */
import { epochMeanError, epochPeriodicity, lossRoughness, runningMeanDistance, varianceRatio } from './minibatch';
import { basinComparison, bestTestLoss, flatBasinRate } from './sharpness';
import { ravineMomentum, ravineStability, saddleEigenvalues, saddleEscape } from './curvature';
import { adamFirstSteps, rareWeightSteps, rateDecay } from './adaptive';
import { batchNormAt, pruning, standardization } from './normalization';

/** One measured phenomenon. */
export interface PhenomenonRow {
  readonly lesson: number;
  readonly name: string;
  /** What was measured, as printable numbers. */
  readonly measured: Record<string, number | string | null>;
  /** The condition, in words. */
  readonly expect: string;
  readonly pass: boolean;
}

/** A phenomenon: its stable id (lessons cite it in <Measured>) and how to measure it. */
export interface Phenomenon {
  readonly id: string;
  readonly measure: () => PhenomenonRow;
}
const row = (id: string, measure: () => PhenomenonRow): Phenomenon => ({ id, measure });
const r3 = (v: number) => Number(v.toPrecision(3));

/** Every phenomenon, in syllabus order (each is computed when called). */
export const PHENOMENA: readonly Phenomenon[] = [
  row('epoch-mean', () => {
    const e = epochMeanError(8);
    return { lesson: 1, name: 'epoch mean of batch gradients = full gradient', measured: { error: e }, expect: 'error < 1e-12', pass: e < 1e-12 };
  }),
  row('running-mean', () => {
    const [d10, d1000] = runningMeanDistance(4, [10, 1000]);
    return { lesson: 1, name: 'running mean of batch gradients → full gradient', measured: { after10: r3(d10), after1000: r3(d1000) }, expect: 'after1000 < after10 / 5', pass: d1000 < d10 / 5 };
  }),
  ...[1, 8, 64].map((b) => row(`batch-variance-${b}`, () => {
    const v = varianceRatio(b);
    return { lesson: 1, name: `batch-gradient variance, B = ${b}`, measured: { measured: r3(v.measured), predicted: r3(v.predicted), ratio: r3(v.ratio) }, expect: '|ratio − 1| < 0.1', pass: Math.abs(v.ratio - 1) < 0.1 };
  })),
  row('loss-roughness', () => {
    const b1 = lossRoughness(1);
    const b64 = lossRoughness(64);
    return { lesson: 2, name: 'loss-curve roughness falls with B', measured: { B1: r3(b1), B64: r3(b64) }, expect: 'B1 > 3 × B64', pass: b1 > 3 * b64 };
  }),
  row('epoch-periodicity', () => {
    const none = epochPeriodicity('none');
    const epoch = epochPeriodicity('epoch');
    return {
      lesson: 2,
      name: 'ordered data, no shuffle: loss period = 1 epoch',
      measured: { lag: none.lag, autocorrNone: r3(none.autocorr), autocorrShuffled: r3(epoch.autocorr), spreadNone: r3(none.spread), spreadShuffled: r3(epoch.spread) },
      expect: 'autocorrNone > 0.5, autocorrShuffled < 0.3, spreadNone > 3 × spreadShuffled',
      pass: none.autocorr > 0.5 && epoch.autocorr < 0.3 && none.spread > 3 * epoch.spread,
    };
  }),
  row('flat-basin-rate', () => {
    const small = flatBasinRate(4);
    const large = flatBasinRate(64);
    return { lesson: 3, name: 'flat-basin rate over 64 seeds, B = 4 vs B = N = 64', measured: { B4: small, B64: large }, expect: 'B4 ≥ B64 + 0.5', pass: small >= large + 0.5 };
  }),
  row('sharp-vs-flat', () => {
    const { sharp, flat } = basinComparison();
    return {
      lesson: 3,
      name: 'sharp minimum: higher sharpness, larger test−train gap',
      measured: { sharpnessSharp: r3(sharp.sharpness), sharpnessFlat: r3(flat.sharpness), gapSharp: r3(sharp.gap), gapFlat: r3(flat.gap) },
      expect: 'sharpness ×5, gap larger',
      pass: sharp.sharpness > 5 * flat.sharpness && sharp.gap > flat.gap,
    };
  }),
  row('early-stopping', () => {
    const sb = bestTestLoss(4);
    const lb = bestTestLoss(64);
    return { lesson: 3, name: 'early stopping does not rescue large batches', measured: { bestTestB4: r3(sb), bestTestB64: r3(lb) }, expect: 'B64 > B4 + 0.1', pass: lb > sb + 0.1 };
  }),
  row('saddle-eigenvalues', () => {
    const [lo, hi] = saddleEigenvalues();
    return { lesson: 4, name: 'Hessian eigenvalues at the saddle', measured: { low: r3(lo), high: r3(hi) }, expect: 'low < 0 < high', pass: lo < 0 && hi > 0 };
  }),
  row('saddle-escape', () => {
    const gd = saddleEscape({ optimizer: 'sgd', batchSize: 64 });
    const sgd = saddleEscape({ optimizer: 'sgd', batchSize: 1 });
    const mom = saddleEscape({ optimizer: 'momentum', batchSize: 64 });
    const adam = saddleEscape({ optimizer: 'adam', batchSize: 64 });
    const steps = (s: number | null) => s ?? Infinity;
    const gdSteps = steps(gd.goalStep);
    return {
      lesson: 4,
      name: 'GD stalls at the saddle; noise, momentum, Adam escape',
      measured: { gdEscape: gd.goalStep, gdStalled: gd.stalledSteps, sgdB1: sgd.goalStep, momentum: mom.goalStep, adam: adam.goalStep },
      expect: 'GD stalled ≥ 100 steps; each other escapes in < ½ GD’s steps',
      pass: gd.stalledSteps >= 100 && [sgd, mom, adam].every((o) => steps(o.goalStep) < gdSteps / 2),
    };
  }),
  row('ravine-momentum', () => {
    const gd = ravineMomentum(0.035, 0);
    const mom = ravineMomentum(0.035, 0.9);
    return {
      lesson: 5,
      name: 'momentum in a ravine: less zig-zag, sooner at the goal',
      measured: { oscGD: r3(gd.oscillation), oscMomentum: r3(mom.oscillation), stepsGD: gd.goalStep, stepsMomentum: mom.goalStep },
      expect: 'fewer sign flips and fewer steps with momentum',
      pass: mom.oscillation < gd.oscillation && (mom.goalStep ?? Infinity) < (gd.goalStep ?? Infinity),
    };
  }),
  row('ravine-stability', () => {
    const s = ravineStability();
    return { lesson: 5, name: 'GD diverges just above 2/λmax', measured: { limit: r3(s.limit), at095: s.below, at105: s.above }, expect: '0.95×: converges; 1.05×: diverged', pass: s.below !== 'diverged' && s.above === 'diverged' };
  }),
  row('rare-feature', () => {
    const sgd = rareWeightSteps({ optimizer: 'sgd', lr: 0.5 });
    const ada = rareWeightSteps({ optimizer: 'adagrad', lr: 0.5 });
    return { lesson: 6, name: 'AdaGrad fits the rare feature faster', measured: { sgd, adagrad: ada }, expect: 'adagrad < sgd / 2', pass: (ada ?? Infinity) < (sgd ?? Infinity) / 2 };
  }),
  row('rate-decay', () => {
    const ada = rateDecay('adagrad');
    const rms = rateDecay('rmsprop');
    return {
      lesson: 6,
      name: 'AdaGrad’s effective rate collapses on a long slope; RMSprop’s holds',
      measured: { adagradRatio: r3(ada.ratio), rmspropRatio: r3(rms.ratio), adagradDistance: r3(ada.distance), rmspropDistance: r3(rms.distance) },
      expect: 'adagrad ratio < 0.2, rmsprop ratio > 0.8, rmsprop goes 3× farther',
      pass: ada.ratio < 0.2 && rms.ratio > 0.8 && rms.distance > 3 * ada.distance,
    };
  }),
  row('adam-bias', () => {
    const a = adamFirstSteps();
    return { lesson: 7, name: 'Adam without bias correction: first step too large', measured: { corrected: r3(a.corrected), uncorrected: r3(a.uncorrected), ratio: r3(a.ratio) }, expect: 'ratio ≈ 3.16 (±2 %)', pass: Math.abs(a.ratio - 3.1623) < 0.063 };
  }),
  row('standardization', () => {
    const s = standardization();
    return {
      lesson: 8,
      name: 'standardization: condition number and the stable limit 2/λmax',
      measured: { condRaw: r3(s.raw.condition), condStd: r3(s.standardized.condition), lrRaw: r3(s.raw.stableLr), lrStd: r3(s.standardized.stableLr), rawAt095: s.raw.below, rawAt105: s.raw.above, stdAt095: s.standardized.below, stdAt105: s.standardized.above },
      expect: 'condition ÷ 1e4 or more; stable lr 2/λmax × 1e4 or more; GD at 0.95 × 2/λmax does not diverge, at 1.05 × it does',
      pass:
        s.raw.condition > 1e4 * s.standardized.condition &&
        s.standardized.stableLr > 1e4 * s.raw.stableLr &&
        [s.raw, s.standardized].every((x) => x.below !== 'diverged' && x.above === 'diverged'),
    };
  }),
  row('batchnorm-batch-size', () => {
    const b64 = batchNormAt(64);
    const b2 = batchNormAt(2);
    return { lesson: 8, name: 'BatchNorm: fine at B = 64, degraded at B = 2', measured: { testB64: r3(b64.test), testB2: r3(b2.test), trainB64: r3(b64.train), trainB2: r3(b2.train) }, expect: 'testB2 > 2 × testB64', pass: b2.test > 2 * b64.test };
  }),
  row('l1-vs-l2', () => {
    const l1 = pruning('l1', 0.2);
    const l2 = pruning('l2', 0.2);
    return { lesson: 9, name: 'L1 lands the irrelevant weight on 0; L2 only shrinks it', measured: { w2L1: l1.w2, zeroStepsL1: l1.stepsAtZero, w2L2: r3(l2.w2), zeroStepsL2: l2.stepsAtZero }, expect: 'L1: w2 = 0 for 100+ steps; L2: w2 ≠ 0', pass: l1.w2 === 0 && l1.stepsAtZero > 100 && l2.w2 !== 0 && l2.stepsAtZero === 0 };
  }),
];

const measuredOnce = new Map<string, PhenomenonRow>();

/**
 * The row of phenomenon `id`, measured once per process (lesson pages cite the same row many
 * times while they are rendered at build time). Throws on an unknown id.
 */
export function measuredPhenomenon(id: string): PhenomenonRow {
  const hit = measuredOnce.get(id);
  if (hit) return hit;
  const def = PHENOMENA.find((p) => p.id === id);
  if (!def) throw new Error(`Unknown phenomenon "${id}" (see engine/phenomena/table.ts)`);
  const r = def.measure();
  measuredOnce.set(id, r);
  return r;
}
