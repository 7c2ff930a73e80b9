/**
 * Rule: Adam without bias correction (lesson 7 and the syllabus's correction). Both moments
 * start at 0; without correction the step is larger than the corrected one by
 * (1 − β₁^t)/√(1 − β₂^t) under a steady gradient — ≈ 3.2× at t = 1 and ≈ 6.5× at t = 10 for
 * β₁ = 0.9, β₂ = 0.999 — not smaller, as is often said. The first step is also measured.
 * Symbols come from the settings registry (β₁, β₂ as PyTorch names Adam's decays).
 */
import type { Finding } from './types';
import type { RunContext } from './context';
import { num, times } from './format';
import { SETTINGS_REGISTRY } from '../settings-registry';

/** (1 − β₁^t)/√(1 − β₂^t): uncorrected over corrected Adam step under a constant gradient. */
export function uncorrectedFactor(beta1: number, beta2: number, t: number): number {
  return (1 - Math.pow(beta1, t)) / Math.sqrt(1 - Math.pow(beta2, t));
}

/** The bias-correction finding of an Adam run with correction off, or null. */
export function biasCorrectionFinding(ctx: RunContext): Finding | null {
  const { settings, trace } = ctx;
  if (settings.optimizer !== 'adam' || settings.biasCorrection || trace.steps < 1) return null;
  const { beta1, beta2, lr } = settings;
  const f1 = uncorrectedFactor(beta1, beta2, 1);
  const f10 = uncorrectedFactor(beta1, beta2, 10);
  const firstStep = Math.max(Math.abs(trace.x[1] - trace.x[0]), Math.abs(trace.y[1] - trace.y[0]));
  const measured = firstStep / lr;
  const larger = f1 >= 1;
  const b1 = SETTINGS_REGISTRY.beta1.symbol;
  const b2 = SETTINGS_REGISTRY.beta2.symbol;
  return {
    kind: 'bias-correction',
    title: `first steps ${larger ? 'larger' : 'smaller'} without bias correction`,
    text:
      `Without bias correction Adam’s first steps are ${larger ? 'larger, not smaller' : 'smaller'}: both moments start at 0, ` +
      `and (1 − ${b1}^t)/√(1 − ${b2}^t) = ${times(f1)} at t = 1 and ${times(f10)} at t = 10 (${b1} = ${beta1}, ${b2} = ${beta2}). ` +
      `The first step moved a weight by ${num(firstStep)} = ${times(measured)} the learning rate, where the corrected step is about lr = ${num(lr)}.`,
    numbers: { factor1: f1, factor10: f10, firstStep, measured, beta1, beta2 },
  };
}
