/**
 * Rule: sharp vs flat basin, on landscapes with landmarks named 'sharp' and 'flat'. Where the
 * run ended, Keskar's sharpness (box half-width δ) there and at the other basin's centre, and the
 * generalization gap (test − train loss) — lesson 3's measurements.
 */
import { finalBasin, generalizationGap } from '../diagnostics/trace';
import { keskarSharpness } from '../diagnostics/sharpness';
import { meanLoss } from '../landscape/objective';
import type { Landscape } from '../landscape/types';
import type { Finding } from './types';
import type { RunContext } from './context';
import { num } from './format';
import { isExactGradient } from '../diagnostics/variance';

/** The basin finding of a run on a sharp-and-flat landscape, or null. */
export function basinFinding(ctx: RunContext): Finding | null {
  const { trace, land, settings, sharpnessEps: eps } = ctx;
  const sharp = land.landmarks.find((m) => m.name === 'sharp');
  const flat = land.landmarks.find((m) => m.name === 'flat');
  if (!sharp || !flat || trace.outcome === 'diverged') return null;
  const basin = finalBasin(trace, [sharp, flat]);
  if (!basin) return null;
  const other = basin === sharp ? flat : sharp;
  const x = trace.x[trace.steps];
  const y = trace.y[trace.steps];
  const here = keskarSharpness(land, x, y, eps);
  const there = keskarSharpness(land, other.at[0], other.at[1], eps);
  const gap = Number.isFinite(generalizationGap(trace)) ? generalizationGap(trace) : gapAt(land, x, y);
  const otherGap = gapAt(land, other.at[0], other.at[1]);
  const n = land.train.n;
  const b = settings.batchSize;
  const exact = isExactGradient(n, b, settings.shuffle);
  const numbers = { sharpness: here, otherSharpness: there, gap, otherGap, eps, batchSize: b, n };
  const measures = `sharpness ${num(here)} here vs ${num(there)} at the ${other.name} basin’s centre (Keskar’s measure, box half-width δ = ${eps})`;
  if (basin === sharp) {
    const why = exact
      ? `With B = ${b} of N = ${n} the gradient is exact, so nothing shakes the ball out of the narrow basin nearest its start; the noise of small batches does.`
      : settings.shuffle === 'replacement' && b >= n
        ? `B = ${b} picks of N = ${n} drawn with replacement are not the exact gradient, but their noise (1/${num(Math.sqrt(b))} of one example’s) is too small to shake the ball out of the narrow basin nearest its start; smaller batches would.`
        : `Even the noise of B = ${b} of N = ${n} did not shake it out of the narrow basin nearest its start; smaller batches would.`;
    return {
      kind: 'sharp-basin',
      title: 'stuck in the sharp basin',
      text: `Settled in the sharp basin: ${measures}, and the test loss is ${num(gap)} above the train loss (${num(otherGap)} in the flat one). A sharp minimum generalizes badly. ${why}`,
      numbers,
    };
  }
  const why =
    !exact
      ? ` The noise of B = ${b} of N = ${n} kicked the ball out of the narrow basin near its start.`
      : '';
  return {
    kind: 'flat-basin',
    title: 'in the flat basin',
    text: `Ended in the flat basin: ${measures}; the test loss is only ${num(gap)} above the train loss (${num(otherGap)} at the sharp minimum).${why}`,
    numbers,
  };
}

/** Test − train data loss at a point. */
function gapAt(land: Landscape, x: number, y: number): number {
  return meanLoss(land, x, y, { ex: land.test, norm: land.baseNorm }) - meanLoss(land, x, y, { ex: land.train, norm: land.baseNorm });
}
