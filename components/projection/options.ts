/**
 * The settings of a "train every weight" run (issue 15 item 4) and their one check: a zod schema
 * with the ranges and size limits (steps ≤ 20 000, grid ≤ 96²), the batch size checked against
 * the rows actually loaded, and every problem named in one readable message.
 */
import { z } from '@/engine/zod';

/** Largest number of training steps one run may take. */
export const MAX_PROJECTION_STEPS = 20_000;
/** Largest side of the loss grid drawn on the plane. */
export const MAX_PROJECTION_RES = 96;

/** The settings of one run, validated. */
export interface ProjectionOptions {
  readonly lr: number;
  /** Heavy-ball momentum μ (0: plain SGD). */
  readonly momentum: number;
  readonly batchSize: number;
  readonly steps: number;
  readonly seed: number;
  /** Side of the loss grid on the plane (res × res points). */
  readonly res: number;
}

/** What a run does when not told otherwise. */
export const PROJECTION_DEFAULTS: ProjectionOptions = { lr: 0.03, momentum: 0.9, batchSize: 16, steps: 2000, seed: 1, res: 48 };

/**
 * A learning rate that trains each network well in the default 2 000 steps (measured: the loss
 * falls from 1.37 to 0.003 on penguins, from 297 to 7.3 on standardized cars; raw car features
 * saturate the tanh units, and larger rates make that run jump about).
 */
const SUGGESTED_LR: Readonly<Record<string, number>> = {
  'penguins-std-8tanh': 0.1,
  'cars-std-8tanh': 0.03,
  'cars-raw-8tanh': 0.001,
};

/** The learning rate the page starts a network with. */
export function suggestedProjectionLr(networkId: string): number {
  return SUGGESTED_LR[networkId] ?? PROJECTION_DEFAULTS.lr;
}

/** What is wrong with one setting: a rule, with its bound where it has one. */
export type ProjectionRule = 'missing' | 'notNumber' | 'notWhole' | 'above' | 'atLeast' | 'atMost' | 'below2to32';

/**
 * One problem with a run's settings, as data: the page says it in its language
 * (./problem-text.ts), the thrown error in English.
 */
export type ProjectionProblem =
  | { readonly kind: 'field'; readonly field: string; readonly rule: ProjectionRule; readonly bound?: string }
  | { readonly kind: 'unknown'; readonly keys: string }
  | { readonly kind: 'notObject' }
  | { readonly kind: 'batchTooLarge'; readonly batchSize: string; readonly rows: string };

/** A number, with "is missing" for an absent one (zod's messages here are rule names). */
const num = () => z.number({ error: (iss) => (iss.input === undefined ? 'missing' : 'notNumber') });
const whole = () => num().int({ error: 'notWhole' });

const schema = z
  .object({
    lr: num().gt(0, { error: 'above' }).max(10, { error: 'atMost' }),
    momentum: num().min(0, { error: 'atLeast' }).max(0.999, { error: 'atMost' }),
    batchSize: whole().min(1, { error: 'atLeast' }),
    steps: whole().min(1, { error: 'atLeast' }).max(MAX_PROJECTION_STEPS, { error: 'atMost' }),
    seed: whole().min(0, { error: 'atLeast' }).max(0xffffffff, { error: 'below2to32' }),
    res: whole().min(8, { error: 'atLeast' }).max(MAX_PROJECTION_RES, { error: 'atMost' }).default(PROJECTION_DEFAULTS.res),
  })
  .strict();

/** Readable names of the fields, for messages. */
const FIELD: Readonly<Record<string, string>> = { lr: 'learning rate', momentum: 'momentum', batchSize: 'batch size', steps: 'steps', seed: 'seed', res: 'grid resolution' };

const RULE: Readonly<Record<ProjectionRule, string>> = {
  missing: 'is missing',
  notNumber: 'must be a number',
  notWhole: 'must be a whole number',
  above: 'must be above',
  atLeast: 'must be at least',
  atMost: 'must be at most',
  below2to32: 'must be below 2³²',
};

/** A problem in English. */
export function problemInEnglish(p: ProjectionProblem): string {
  switch (p.kind) {
    case 'unknown':
      return `unknown setting ${p.keys}`;
    case 'notObject':
      return 'options must be an object';
    case 'batchTooLarge':
      return `batch size ${p.batchSize} is more than the ${p.rows} training rows`;
    case 'field':
      return `${FIELD[p.field] ?? p.field} ${RULE[p.rule]}${p.bound === undefined ? '' : ` ${p.bound}`}`;
  }
}

/** Invalid settings: the problems as data, the message in English ("invalid settings: …; …"). */
export class ProjectionOptionsError extends RangeError {
  constructor(readonly problems: readonly ProjectionProblem[]) {
    super(`invalid settings: ${problems.map(problemInEnglish).join('; ')}`);
    this.name = 'RangeError';
  }
}

const isRule = (m: string): m is ProjectionRule => m in RULE;

/** The options, checked (see file note); throws a ProjectionOptionsError (a RangeError) that lists every problem. */
export function parseProjectionOptions(input: unknown, rows: number): ProjectionOptions {
  const res = schema.safeParse(input);
  const problems: ProjectionProblem[] = res.success
    ? []
    : res.error.issues.map((i): ProjectionProblem => {
        const key = String(i.path[0] ?? '');
        if (i.code === 'unrecognized_keys') return { kind: 'unknown', keys: i.keys.map((k) => `"${k}"`).join(', ') };
        if (!key) return { kind: 'notObject' };
        const rule = isRule(i.message) ? i.message : 'notNumber';
        const bound = rule === 'above' || rule === 'atLeast' ? (i as { minimum?: unknown }).minimum : rule === 'atMost' ? (i as { maximum?: unknown }).maximum : undefined;
        return { kind: 'field', field: key, rule, ...(bound === undefined ? {} : { bound: String(bound) }) };
      });
  if (res.success && res.data.batchSize > rows) problems.push({ kind: 'batchTooLarge', batchSize: String(res.data.batchSize), rows: String(rows) });
  if (!res.success || problems.length) throw new ProjectionOptionsError(problems);
  return res.data;
}
