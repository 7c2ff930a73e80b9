/**
 * A level's proof (issue 14, "levels that prove their point"): the verdict of the shortcut sweep
 * (./shortcuts.ts, the built-in levels' content test) on a level, as plain data that the editor
 * shows and the server stores with a teacher's level.
 *
 * - `proven`: the intended fix earns three stars and no shortcut earns more than the cap;
 * - `unproven`: the fix falls short, a shortcut earns more than the cap, or the sweep was too
 *   costly to run (the verdict says which);
 * - `none`: the level states no intent, so there is nothing to prove.
 *
 * The sweep's grid: the content test's `defaultPositions` when the whole sweep's estimated cost
 * (probes × the cost of one probe) fits the caller's bound, else the largest of PROOF_LADDER that
 * fits (fewer evenly spaced slider positions, refined tick by tick around the best as always);
 * `full` says whether the content test's grid was used. Pure and deterministic.
 */
import { z } from './zod';
import type { Level } from './level/schema';
import { levelDefaults } from './level/schema';
import { definedSettings } from './level/schema';
import { controlPositions } from './level/slider';
import type { SettingKey } from './settings';
import { auditIntent, defaultPositions, describeChange, impliedShortcuts, type IntentAudit } from './shortcuts';

/** Smaller grids tried, in order, when the content test's grid is over the cost bound. */
export const PROOF_LADDER = [33, 17, 9, 5] as const;

/** Most probes a refinement adds per swept slider (two passes: 14 + 6). */
const REFINE_PROBES = 20;

/** One row of the proof's table: the fix or a shortcut's best probe. */
export const ProofRowSchema = z
  .object({
    label: z.string().max(200),
    kind: z.enum(['fix', 'alone', 'declared']),
    stars: z.number().int().min(0).max(3),
    score: z.number(),
    /** The settings that differ from the level's defaults ("lr 0.5, optimizer adam"). */
    change: z.string().max(500),
    tried: z.number().int().min(0),
  })
  .strict();
export type ProofRow = z.infer<typeof ProofRowSchema>;

/** The verdict stored with a level (see the file note). */
export const LevelProofSchema = z
  .object({
    status: z.enum(['proven', 'unproven', 'none']),
    /** One plain sentence: "proven: only the idea wins" / "unproven: only lr earns 3★". */
    verdict: z.string().max(500),
    idea: z.string().max(500).nullable(),
    cap: z.number().int().min(1).max(2).nullable(),
    /** Slider positions per control before refinement (null: nothing swept). */
    positions: z.number().int().nullable(),
    /** Whether the grid is the content test's own (false: a smaller one, within the cost bound). */
    full: z.boolean(),
    rows: z.array(ProofRowSchema).max(64),
  })
  .strict();
export type LevelProof = z.infer<typeof LevelProofSchema>;

/** Upper bound of the probes the sweep scores with `positions` per slider. */
export function estimateProbes(level: Level, positions: number): number {
  const intent = level.intent;
  if (!intent) return 0;
  const base = levelDefaults(level);
  const count = (key: SettingKey) => controlPositions(level, key, base, positions).length;
  let probes = 1; // the fix
  for (const s of impliedShortcuts(level)) probes += count(s.sweep[0]) + REFINE_PROBES;
  for (const s of intent.shortcuts) {
    const over = { ...base, ...definedSettings(s.settings) };
    probes += s.sweep.reduce((n, k) => n * controlPositions(level, k, over, positions).length, 1) + REFINE_PROBES * s.sweep.length;
  }
  return probes;
}

/**
 * The grid the sweep may use within `maxCost` (example evaluations), given the cost of one probe:
 * the content test's own when it fits, else the largest of PROOF_LADDER that fits, else null.
 */
export function proofPositions(level: Level, probeCost: number, maxCost: number): { positions: number; full: boolean } | null {
  const own = defaultPositions(level);
  for (const positions of [own, ...PROOF_LADDER.filter((p) => p < own)]) {
    if (estimateProbes(level, positions) * probeCost <= maxCost) return { positions, full: positions === own };
  }
  return null;
}

const stars = (n: number) => `${n}★`;

/** The proof of a finished sweep. */
export function proofOfAudit(level: Level, audit: IntentAudit, positions: number, full: boolean): LevelProof {
  const rows: ProofRow[] = [
    { label: 'intended fix', kind: 'fix', stars: audit.fix.result.stars, score: audit.fix.result.score, change: describeChange(level, audit.fix.settings), tried: 1 },
    ...audit.findings.map((f) => ({
      label: f.label.slice(0, 200),
      kind: f.kind,
      stars: f.best.result.stars,
      score: f.best.result.score,
      change: describeChange(level, f.best.settings).slice(0, 500),
      tried: f.tried,
    })),
  ];
  const winners = audit.findings.filter((f) => f.best.result.stars > audit.cap);
  const reasons = [
    ...(audit.fix.result.stars < 3 ? [`the intended fix earns only ${stars(audit.fix.result.stars)} (score ${audit.fix.result.score})`] : []),
    ...winners.map((f) => `${f.label} earns ${stars(f.best.result.stars)} (${describeChange(level, f.best.settings)}, score ${f.best.result.score})`),
  ];
  const grid = full ? '' : ` (a smaller grid: ${positions} positions per slider)`;
  const verdict = audit.pass ? `proven: only the idea wins${grid}` : `unproven: ${reasons.join('; ')}${grid}`;
  return { status: audit.pass ? 'proven' : 'unproven', verdict: verdict.slice(0, 500), idea: level.intent?.idea ?? null, cap: audit.cap, positions, full, rows: rows.slice(0, 64) };
}

/** The proof of a level without an intent. */
export function noIntentProof(): LevelProof {
  return { status: 'none', verdict: 'no intent stated: nothing to prove', idea: null, cap: null, positions: null, full: false, rows: [] };
}

/** The proof of a level whose sweep is over the cost bound even on the smallest grid. */
export function tooCostlyProof(level: Level): LevelProof {
  return {
    status: 'unproven',
    verdict: 'unproven: the shortcut sweep is too costly to run on this level (fewer shortcuts, a smaller budget or fewer seeds would fit)',
    idea: level.intent?.idea ?? null,
    cap: level.intent?.maxShortcutStars ?? null,
    positions: null,
    full: false,
    rows: [],
  };
}

/** The whole proof in this thread (the editor's worker, tests): same grid choice as the server. */
export function proveLevel(level: Level, probeCost: number, maxCost: number): LevelProof {
  if (!level.intent) return noIntentProof();
  const grid = proofPositions(level, probeCost, maxCost);
  if (!grid) return tooCostlyProof(level);
  return proofOfAudit(level, auditIntent(level, { positions: grid.positions }), grid.positions, grid.full);
}
