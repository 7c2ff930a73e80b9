/** Test helpers: run a level with settings overrides and explain it (every-step trace). */
import type { Level } from '../level/schema';
import { levelDefaults } from '../level/schema';
import { resolveSettings } from '../level/resolve';
import type { Settings } from '../settings';
import { landscapeFor, simulate } from '../simulate';
import { scoreLevel } from '../score';
import { defineLevel } from '../level/define';
import { explainRun } from './explain';
import { makeContext, type RunContext } from './context';
import type { Explanation } from './types';
import { PRIORITY } from './explain';
import { expect } from 'vitest';

/** Settings for a level: its defaults plus `over`, validated unless `free` (levels built in tests lock nothing). */
export function settingsFor(level: Level, over: Partial<Settings>, free = false): Settings {
  if (free) return { ...levelDefaults(level), ...over };
  const r = resolveSettings(level, over);
  if (!r.ok) throw new Error(r.message);
  return r.settings;
}

/** Simulates seed `seed` of a level (every step) and returns the rules' context and the explanation. */
export function explained(
  level: Level,
  over: Partial<Settings> = {},
  opts: { seed?: number; free?: boolean; score?: boolean } = {},
): { ctx: RunContext; explanation: Explanation } {
  const settings = settingsFor(level, over, opts.free);
  const land = landscapeFor(level, settings);
  const trace = simulate(level, settings, opts.seed ?? 1, { record: 'every-step', landscape: land });
  const score = opts.score ? scoreLevel(level, settings, land) : undefined;
  return { ctx: makeContext(level, settings, trace, land, { score }), explanation: explainRun(level, settings, trace, land, { score }) };
}

/** A saddle x² − y² with one unshifted example, started exactly on its stable line: plain GD stalls for good. */
export const exactSaddleLevel = (): Level =>
  defineLevel({
    landscape: { family: 'saddle', params: {}, variation: { n: 1 } },
    start: [0.3, 0],
    goal: { kind: 'loss', split: 'train', below: -0.5 },
    budget: 300,
    stallGradNorm: 1e-3,
    defaults: { batchSize: 1, lr: 0.05 },
  });

/** The phenomena's levels, shared rather than redefined: the long slope and ordered cats-then-dogs. */
export { slopeLevel as longSlopeLevel } from '../phenomena/adaptive';
export { catsDogsLevel } from '../phenomena/minibatch';

/** A plain quadratic ravine ½(x² + κy²), κ = 50, one example. */
export const explainRavineLevel = (): Level =>
  defineLevel({
    landscape: { family: 'ravine', params: { kappa: 50 }, variation: { n: 1 } },
    start: [-2.8, 0.6],
    goal: { kind: 'region', center: [0, 0], radius: 0.1 },
    budget: 400,
    defaults: { batchSize: 1 },
  });

/**
 * Explains `level` with `over` and checks what every explanation must be: findings in priority
 * order, finite numbers, no NaN in the text, JSON-clean, deterministic, and a reason for a miss.
 */
export function expectWellFormedExplanation(level: Level, over: Partial<Settings> = {}): void {
  const { explanation: e } = explained(level, over);
  expect(e.headline.length).toBeGreaterThan(10);
  expect(e.headline).not.toMatch(/NaN|undefined|Infinity|null/);
  const ranks = e.findings.map((f) => (f.kind === 'success' && e.outcome === 'reached-goal' ? -1 : PRIORITY.indexOf(f.kind)));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const f of e.findings) {
    expect(f.text).not.toMatch(/NaN|undefined|Infinity/);
    for (const v of Object.values(f.numbers)) expect(Number.isFinite(v)).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  if (e.outcome !== 'reached-goal') expect(e.findings.length).toBeGreaterThan(0);
  expect(explained(level, over).explanation).toEqual(e);
}
