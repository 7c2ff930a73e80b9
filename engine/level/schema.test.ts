import { describe, expect, it } from 'vitest';
import { LEVEL_VERSION, LevelSchema, controlViolation, levelDefaults, type Level } from './schema';
import { defineLevel, type LevelDraft } from './define';
import { resolveSettings } from './resolve';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../settings';

/** A valid level document as a teacher would write it (JSON-shaped). */
const DOC = {
  version: LEVEL_VERSION,
  id: 'ravine-momentum',
  title: 'Through the ravine',
  goalText: 'Reach the bottom of the valley.',
  hints: ['Try momentum.'],
  landscape: { family: 'ravine', params: { kappa: 50 }, variation: { n: 64 } },
  start: [2.5, 1],
  goal: { kind: 'region', center: [0, 0], radius: 0.1 },
  budget: 300,
  seeds: 8,
  defaults: { lr: 0.01, optimizer: 'sgd' },
  controls: { lr: { min: 0.001, max: 0.1 }, optimizer: { options: ['sgd', 'momentum'] }, batchSize: { min: 1, max: 64 }, batchNorm: {} },
  stars: [300, 600, 850],
  solution: { optimizer: 'momentum', lr: 0.02 },
};

const with_ = (patch: Record<string, unknown>) => ({ ...DOC, ...patch });
function issuePaths(doc: unknown): string[] {
  const r = LevelSchema.safeParse(doc);
  expect(r.success, 'expected the level to be refused').toBe(false);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('LevelSchema', () => {
  it('parses a valid level and fills the defaults', () => {
    const level = LevelSchema.parse(DOC);
    expect(level.stallGradNorm).toBe(1e-3);
    expect(level.landscape.params).toEqual({ kappa: 50 });
    const minimal = LevelSchema.parse({ ...DOC, hints: undefined, defaults: undefined, controls: undefined, stars: undefined, solution: undefined });
    expect(minimal.hints).toEqual([]);
    expect(minimal.controls).toEqual({});
    expect(minimal.stars).toEqual([300, 600, 800]);
    expect(levelDefaults(minimal)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses unknown fields at every level of nesting (strict)', () => {
    expect(issuePaths(with_({ colour: 'red' }))).toEqual(['']);
    expect(issuePaths(with_({ goal: { ...DOC.goal, extra: 1 } }))).toEqual(['goal']);
    expect(issuePaths(with_({ controls: { ...DOC.controls, speed: {} } }))).toEqual(['controls']);
    expect(issuePaths(with_({ controls: { ...DOC.controls, lr: { min: 0.001, max: 0.1, step: 0.01 } } }))).toEqual(['controls.lr']);
    expect(issuePaths(with_({ defaults: { lr: 0.01, warp: 9 } }))).toEqual(['defaults']);
    expect(issuePaths(with_({ solution: { turbo: true } }))).toEqual(['solution']);
    expect(issuePaths(with_({ landscape: { ...DOC.landscape, colour: 1 } }))).toEqual(['landscape']);
  });

  it('refuses bad basic fields', () => {
    expect(issuePaths(with_({ version: LEVEL_VERSION + 1 }))).toEqual(['version']);
    expect(issuePaths(with_({ id: 'Has Spaces' }))).toEqual(['id']);
    expect(issuePaths(with_({ budget: 5 }))).toEqual(['budget']);
    expect(issuePaths(with_({ budget: 10.5 }))).toEqual(['budget']);
    expect(issuePaths(with_({ seeds: 0 }))).toEqual(['seeds']);
    expect(issuePaths(with_({ start: [0, Infinity] }))).toEqual(['start.1']);
    expect(issuePaths(with_({ goal: { kind: 'region', center: [0, 0], radius: 0 } }))).toEqual(['goal.radius']);
    expect(issuePaths(with_({ goal: { kind: 'loss', split: 'validation', below: 1 } }))).toEqual(['goal.split']);
    expect(issuePaths(with_({ controls: { ...DOC.controls, lr: { min: 0.1, max: 0.01 } } }))).toContain('controls.lr');
    expect(issuePaths(with_({ landscape: { family: 'ravine', params: { kappa: -1 } } }))).toEqual(['landscape.params.kappa']);
  });

  it("a loss goal's optional hold flag: absent stays absent (stored documents are unchanged), true/false kept, others refused", () => {
    const loss = { kind: 'loss', split: 'train', below: 0.5 };
    expect(LevelSchema.parse(with_({ goal: loss })).goal).toEqual(loss);
    expect(LevelSchema.parse(with_({ goal: { ...loss, hold: true } })).goal).toEqual({ ...loss, hold: true });
    expect(LevelSchema.parse(with_({ goal: { ...loss, hold: false } })).goal).toEqual({ ...loss, hold: false });
    expect(issuePaths(with_({ goal: { ...loss, hold: 'yes' } }))).toEqual(['goal.hold']);
    expect(issuePaths(with_({ goal: { ...DOC.goal, hold: true } }))).toEqual(['goal']); // regions have no hold
  });

  it('star thresholds must increase (equal is allowed)', () => {
    expect(issuePaths(with_({ stars: [600, 300, 850] }))).toEqual(['stars']);
    expect(issuePaths(with_({ stars: [300, 900, 850] }))).toEqual(['stars']);
    expect(issuePaths(with_({ stars: [300, 600, 1001] }))).toEqual(['stars.2']);
    expect(LevelSchema.safeParse(with_({ stars: [500, 500, 500] })).success).toBe(true);
  });

  it('defaults must lie inside their controls', () => {
    expect(issuePaths(with_({ defaults: { lr: 0.5 } }))).toEqual(['defaults.lr']);
    expect(issuePaths(with_({ defaults: { optimizer: 'adam' } }))).toEqual(['defaults.optimizer']);
    // The level's own defaults are checked even when they come from DEFAULT_SETTINGS (lr 0.01 here).
    expect(issuePaths(with_({ defaults: {}, controls: { lr: { min: 0.05, max: 0.1 } }, solution: undefined }))).toEqual(['defaults.lr']);
  });

  it('the solution must lie inside the controls, and locked settings must keep their defaults', () => {
    expect(issuePaths(with_({ solution: { lr: 0.2 } }))).toEqual(['solution.lr']);
    expect(issuePaths(with_({ solution: { optimizer: 'adam' } }))).toEqual(['solution.optimizer']);
    expect(issuePaths(with_({ solution: { momentum: 0.5 } }))).toEqual(['solution.momentum']);
    expect(LevelSchema.safeParse(with_({ solution: { momentum: 0.9, batchNorm: true } })).success).toBe(true);
  });

  it('batch size may not exceed the training set (defaults and controls)', () => {
    expect(issuePaths(with_({ landscape: { family: 'ravine', variation: { n: 16 } }, controls: {}, defaults: {}, solution: undefined }))).toEqual(['defaults.batchSize']);
    expect(issuePaths(with_({ controls: { ...DOC.controls, batchSize: { min: 1, max: 65 } } }))).toEqual(['controls.batchSize.max']);
    // The family's default n counts when the level does not override it (ravine: 64).
    expect(issuePaths(with_({ landscape: { family: 'ravine' }, defaults: { batchSize: 65 }, controls: {}, solution: undefined }))).toEqual(['defaults.batchSize']);
  });

  it('a default given as undefined falls back to DEFAULT_SETTINGS', () => {
    const level = LevelSchema.parse(with_({ defaults: { lr: undefined, batchNorm: undefined } }));
    expect(levelDefaults(level)).toEqual(DEFAULT_SETTINGS);
  });

  it('defineLevel fills the boilerplate and validates', () => {
    const draft: LevelDraft = { landscape: { family: 'ravine' }, start: [1, 1], goal: { kind: 'region', center: [0, 0], radius: 0.1 }, budget: 50 } as LevelDraft;
    const level = defineLevel(draft);
    expect([level.version, level.id, level.seeds]).toEqual([LEVEL_VERSION, 'draft', 1]);
    expect(() => defineLevel({ ...draft, budget: 1 })).toThrow();
  });
});

describe('resolveSettings', () => {
  const level: Level = LevelSchema.parse(DOC);

  it('no input gives the level defaults', () => {
    for (const input of [undefined, null, {}]) expect(resolveSettings(level, input)).toEqual({ ok: true, settings: levelDefaults(level) });
  });

  it('accepts unlocked changes within their range', () => {
    const r = resolveSettings(level, { lr: 0.05, optimizer: 'momentum', batchSize: 64, batchNorm: true });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.settings).toEqual({ ...levelDefaults(level), lr: 0.05, optimizer: 'momentum', batchSize: 64, batchNorm: true });
    expect(resolveSettings(level, { lr: 0.1 }).ok).toBe(true); // range ends are inclusive
    expect(resolveSettings(level, { lr: 0.1 * (1 + 1e-12) }).ok).toBe(true); // log-slider round trip slack
  });

  it('accepts a locked setting restated at its default', () => {
    expect(resolveSettings(level, { momentum: DEFAULT_SETTINGS.momentum, shuffle: 'epoch' }).ok).toBe(true);
  });

  it('refuses locked changes, naming the field', () => {
    expect(resolveSettings(level, { momentum: 0.5 })).toMatchObject({ ok: false, field: 'momentum', message: expect.stringMatching(/locked/) });
    expect(resolveSettings(level, { shuffle: 'none' })).toMatchObject({ ok: false, field: 'shuffle' });
  });

  it('refuses out-of-range values and options not offered, naming the field', () => {
    expect(resolveSettings(level, { lr: 0.5 })).toMatchObject({ ok: false, field: 'lr', message: expect.stringMatching(/between/) });
    expect(resolveSettings(level, { lr: 0.0001 })).toMatchObject({ ok: false, field: 'lr' });
    expect(resolveSettings(level, { optimizer: 'adam' })).toMatchObject({ ok: false, field: 'optimizer' });
    expect(resolveSettings(level, { batchSize: 65 })).toMatchObject({ ok: false, field: 'batchSize' });
    // Outside the global range: refused by the schema before the level is consulted.
    expect(resolveSettings(level, { lr: 50 })).toMatchObject({ ok: false, field: 'lr' });
  });

  it('refuses unknown keys, naming them', () => {
    expect(resolveSettings(level, { warp: 9 })).toMatchObject({ ok: false, field: 'warp' });
  });

  it('refuses wrong types, naming the field', () => {
    expect(resolveSettings(level, { lr: '0.05' })).toMatchObject({ ok: false, field: 'lr' });
    expect(resolveSettings(level, { batchNorm: 'yes' })).toMatchObject({ ok: false, field: 'batchNorm' });
    expect(resolveSettings(level, { batchSize: 3.5 })).toMatchObject({ ok: false, field: 'batchSize' });
    expect(resolveSettings(level, { optimizer: 'lbfgs' })).toMatchObject({ ok: false, field: 'optimizer' });
    expect(resolveSettings(level, { lr: NaN })).toMatchObject({ ok: false, field: 'lr' });
    expect(resolveSettings(level, 'lr=0.05')).toMatchObject({ ok: false, field: 'settings' });
    expect(resolveSettings(level, [1, 2])).toMatchObject({ ok: false });
  });

  it('a key given as undefined counts as not given (settings stay complete)', () => {
    for (const key of ['batchNorm', 'lr', 'momentum'] as const) {
      const r = resolveSettings(level, { [key]: undefined });
      expect(r, key).toEqual({ ok: true, settings: levelDefaults(level) });
    }
  });

  it('resolved settings always carry every key with a defined value', () => {
    const r = resolveSettings(level, { lr: 0.02, batchNorm: undefined });
    expect(r.ok).toBe(true);
    if (r.ok) for (const k of SETTING_KEYS) expect(r.settings[k], k).not.toBeUndefined();
  });

  it('controlViolation: flags accept either value; locked keys only their default', () => {
    expect(controlViolation(level, 'batchNorm', true)).toBeNull();
    expect(controlViolation(level, 'biasCorrection', false)).toMatch(/locked/);
    expect(controlViolation(level, 'biasCorrection', true)).toBeNull();
  });
});
