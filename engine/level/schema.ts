/**
 * The level format (version 2): a JSON document that names a landscape, a start, a goal, a
 * step budget, the number of seeds K, which settings the player may change (with ranges) and
 * the star thresholds. Built-in levels live in content/levels/*.json; teachers' levels use the
 * same format. Old versions are upgraded by ./migrate.ts before validation.
 */
import { z } from '../zod';
import { LandscapeSpecSchema, MAX_EXAMPLES, resolveVariation } from '../landscape/registry';
import { DEFAULT_SETTINGS, MAX_LAMBDA, SETTING_KEYS, SettingsSchema, type Settings, type SettingKey } from '../settings';
import { HYPER_RANGES, OPTIMIZER_IDS } from '../optim/registry';
import { SHUFFLE_MODES } from '../sampler';

/** The current level format version. */
export const LEVEL_VERSION = 2;

/** A level id: lowercase letters, digits and dashes, at most 64 characters (built-in levels, progress keys). */
export const LEVEL_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const coord = z.number().min(-1e6).max(1e6);
const point = z.tuple([coord, coord]);
const text = (max: number) => z.string().max(max);

const range = (min: number, max: number) =>
  z
    .object({ min: z.number().min(min).max(max), max: z.number().min(min).max(max) })
    .strict()
    .refine((r) => r.min <= r.max, 'min must not exceed max');
const flag = z.object({}).strict();
const options = <T extends string>(values: readonly T[]) =>
  z.object({ options: z.array(z.enum(values as [T, ...T[]])).min(1).max(values.length) }).strict();

/** Which settings the player may change: a key present means unlocked, with its allowed range. */
export const ControlsSchema = z
  .object({
    optimizer: options(OPTIMIZER_IDS),
    lr: range(HYPER_RANGES.lr.min, HYPER_RANGES.lr.max),
    batchSize: range(1, MAX_EXAMPLES),
    shuffle: options(SHUFFLE_MODES),
    momentum: range(HYPER_RANGES.momentum.min, HYPER_RANGES.momentum.max),
    momentumForm: options(['pytorch', 'classic'] as const),
    beta1: range(HYPER_RANGES.beta1.min, HYPER_RANGES.beta1.max),
    beta2: range(HYPER_RANGES.beta2.min, HYPER_RANGES.beta2.max),
    rho: range(HYPER_RANGES.rho.min, HYPER_RANGES.rho.max),
    eps: range(HYPER_RANGES.eps.min, HYPER_RANGES.eps.max),
    biasCorrection: flag,
    batchNorm: flag,
    standardize: flag,
    l1: range(0, MAX_LAMBDA),
    l2: range(0, MAX_LAMBDA),
  })
  .partial()
  .strict();

/** The unlocked settings of a level. */
export type Controls = z.infer<typeof ControlsSchema>;

/**
 * Reach a disc in parameter space, or push a loss below a threshold. A loss goal with
 * `hold: true` is judged at the end: the run uses its whole budget and reaches the goal only if
 * the loss stays below the threshold at every checkpoint from some step t to the last (the goal
 * step is then t); absent means reached at the first checkpoint below it.
 */
export const GoalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), center: point, radius: z.number().positive().max(1e6) }).strict(),
  z
    .object({ kind: z.literal('loss'), split: z.enum(['train', 'test']), below: z.number().min(-1e9).max(1e9), hold: z.boolean().optional() })
    .strict(),
]);

/** A level's goal. */
export type Goal = z.infer<typeof GoalSchema>;

const settingKey = z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]]);

/**
 * A shortcut a player would try instead of the level's idea: `settings` over the defaults, with
 * each control in `sweep` moved over every position of its slider (all combinations).
 */
export const ShortcutSchema = z
  .object({
    /** What the player tries, in words: "only the learning rate, with Adam". */
    label: text(200).min(1),
    settings: SettingsSchema.partial().default({}),
    sweep: z.array(settingKey).max(3).default([]),
  })
  .strict();

/** A shortcut of a level's intent. */
export type Shortcut = z.infer<typeof ShortcutSchema>;

/**
 * What a level teaches and what must not win it. Optional in the format (teachers' levels);
 * every built-in level has one, and content/levels/shortcuts.test.ts proves it: every unlocked
 * control outside `controls`, moved alone over its slider, and every declared shortcut earn at
 * most `maxShortcutStars`, and `fix` earns three stars (engine/shortcuts.ts runs the sweep).
 */
export const IntentSchema = z
  .object({
    /** One sentence: the lesson's idea that wins this level. */
    idea: text(500).min(1),
    /** The settings that carry the idea: left out of the one-control sweeps. */
    controls: z.array(settingKey).min(1).max(4),
    /** The intended change (over the defaults): three stars. */
    fix: SettingsSchema.partial(),
    /** Combinations a player would try without the idea (one-control sweeps are implied). */
    shortcuts: z.array(ShortcutSchema).max(12).default([]),
    /** The most stars a shortcut may earn. */
    maxShortcutStars: z.union([z.literal(1), z.literal(2)]).default(2),
  })
  .strict();

/** A level's intent. */
export type Intent = z.infer<typeof IntentSchema>;

/**
 * What the player predicts before the first launch: a multiple choice about what the level's
 * opening settings will do, revealed with its one-line why once the run is over.
 */
export const PredictionSchema = z
  .object({
    question: text(300).min(1),
    choices: z.array(text(200).min(1)).min(2).max(4),
    /** 0-based index of the right choice. */
    answer: z.number().int().min(0).max(3),
    /** One line: why that is what happens. */
    why: text(600).min(1),
  })
  .strict()
  .refine((p) => p.answer < p.choices.length, { message: 'prediction.answer must index one of its choices', path: ['answer'] });

/** A level's prediction question. */
export type Prediction = z.infer<typeof PredictionSchema>;

const LevelObject = z
  .object({
    version: z.literal(LEVEL_VERSION),
    id: z.string().regex(LEVEL_ID, 'id: lowercase letters, digits and dashes, at most 64'),
    title: text(120).min(1),
    /** One sentence: what the player must do. */
    goalText: text(500).min(1),
    /** Optional hints (Markdown), revealed one at a time. */
    hints: z.array(text(1000)).max(5).default([]),
    /** Worked solution (Markdown), hidden until asked for. */
    solutionText: text(4000).optional(),
    landscape: LandscapeSpecSchema,
    start: point,
    goal: GoalSchema,
    /** Maximum number of optimizer steps. */
    budget: z.number().int().min(10).max(5000),
    /** Number of seeds K the score averages over. */
    seeds: z.number().int().min(1).max(64),
    /** Full-gradient norm below which the ball counts as stalled. */
    stallGradNorm: z.number().positive().max(1e6).default(1e-3),
    /** Settings before the player touches anything (others fall back to DEFAULT_SETTINGS). */
    defaults: SettingsSchema.partial().default({}),
    controls: ControlsSchema.default({}),
    /** Score needed for 1, 2 and 3 stars (0–1000, increasing). */
    stars: z.tuple([z.number().min(0).max(1000), z.number().min(0).max(1000), z.number().min(0).max(1000)]).default([300, 600, 800]),
    /** Published settings that earn three stars (checked by the content test). */
    solution: SettingsSchema.partial().optional(),
    /** Its idea, the intended fix and the shortcuts that must not win (see IntentSchema). */
    intent: IntentSchema.optional(),
    /** Asked before the first launch (built-in levels all have one; see content/levels). */
    prediction: PredictionSchema.optional(),
    /**
     * The language its texts are written in (a teacher's level carries its own: the page marks
     * them with it and shows them as written). Built-in levels are English; their Chinese texts
     * live beside them (content/levels/zh).
     */
    lang: z.enum(['en', 'zh']).optional(),
  })
  .strict();

/** A validated level (current version). */
export type Level = z.infer<typeof LevelObject>;

/**
 * The entries of a partial settings object whose value is defined. zod keeps a key given as
 * `undefined` (JS callers can do that, JSON cannot); spread over complete settings it would
 * overwrite the value with undefined, so such a key counts as not given.
 */
export function definedSettings(partial: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<Settings>;
}

/** The full settings a level starts with. */
export function levelDefaults(level: Level): Settings {
  return { ...DEFAULT_SETTINGS, ...definedSettings(level.defaults) };
}

/** Checks one value against a level's controls; returns an error message or null. */
export function controlViolation(level: Level, key: SettingKey, value: unknown): string | null {
  const base = levelDefaults(level)[key];
  const ctl = (level.controls as Record<string, unknown>)[key] as
    | { min: number; max: number }
    | { options: readonly string[] }
    | Record<string, never>
    | undefined;
  if (ctl === undefined) return value === base ? null : `${key} is locked in this level`;
  if ('options' in ctl) return ctl.options.includes(value as string) ? null : `${key} must be one of ${ctl.options.join(', ')}`;
  if ('min' in ctl) {
    const v = value as number;
    // A relative slack of 1e-9 lets log-slider round trips land on the range ends.
    const slack = 1e-9 * Math.max(Math.abs(ctl.min), Math.abs(ctl.max));
    return v >= ctl.min - slack && v <= ctl.max + slack ? null : `${key} must be between ${ctl.min} and ${ctl.max}`;
  }
  return null;
}

/** A level definition validated against the schema and its own internal constraints. */
export const LevelSchema = LevelObject.superRefine((level, ctx) => {
  const [s1, s2, s3] = level.stars;
  if (!(s1 <= s2 && s2 <= s3)) ctx.addIssue({ code: 'custom', path: ['stars'], message: 'star thresholds must increase' });
  const defaults = levelDefaults(level);
  const n = resolveVariation(level.landscape).n;
  if (defaults.batchSize > n) ctx.addIssue({ code: 'custom', path: ['defaults', 'batchSize'], message: `batch size exceeds the ${n} training examples` });
  if (level.controls.batchSize && level.controls.batchSize.max > n) {
    ctx.addIssue({ code: 'custom', path: ['controls', 'batchSize', 'max'], message: `batch size exceeds the ${n} training examples` });
  }
  for (const key of Object.keys(level.controls) as SettingKey[]) {
    const msg = controlViolation(level, key, defaults[key]);
    if (msg) ctx.addIssue({ code: 'custom', path: ['defaults', key], message: `default outside its control: ${msg}` });
  }
  if (level.solution) {
    for (const [key, value] of Object.entries(definedSettings(level.solution))) {
      const msg = controlViolation(level, key as SettingKey, value);
      if (msg) ctx.addIssue({ code: 'custom', path: ['solution', key], message: msg });
    }
  }
  if (level.intent) checkIntent(level, level.intent, ctx);
});

/** An intent names unlocked controls and stays inside their ranges. */
function checkIntent(level: Level, intent: Intent, ctx: z.RefinementCtx): void {
  const unlocked = (key: SettingKey) => key in level.controls;
  intent.controls.forEach((key, i) => {
    if (!unlocked(key)) ctx.addIssue({ code: 'custom', path: ['intent', 'controls', i], message: `${key} is locked in this level` });
  });
  const within = (partial: Partial<Settings>, path: (string | number)[]) => {
    for (const [key, value] of Object.entries(definedSettings(partial))) {
      const msg = controlViolation(level, key as SettingKey, value);
      if (msg) ctx.addIssue({ code: 'custom', path: [...path, key], message: msg });
    }
  };
  within(intent.fix, ['intent', 'fix']);
  intent.shortcuts.forEach((s, i) => {
    within(s.settings, ['intent', 'shortcuts', i, 'settings']);
    s.sweep.forEach((key, j) => {
      if (!unlocked(key)) ctx.addIssue({ code: 'custom', path: ['intent', 'shortcuts', i, 'sweep', j], message: `${key} is locked in this level` });
    });
  });
}
