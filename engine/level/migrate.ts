/**
 * Upgrading saved levels to the current format, then validating them (excalidraw's restore.ts
 * idea): old files keep loading after the format changes.
 *
 * Version history:
 * - 0 (the prototype format, no `version` field): stars as { one, two, three }, the seed count
 *   as `seedCount`, the step budget as `maxSteps`.
 * - 1: RMSprop read its decay from Adam's `beta2`.
 * - 2: the current format (see schema.ts): RMSprop's decay is its own setting `rho`. A v1 level
 *   whose player can pick RMSprop gets `defaults.rho` = the β its RMSprop runs used (its
 *   `defaults.beta2`, else 0.999); a `beta2` control becomes a `rho` control (copied when Adam is
 *   an option too, since then it served both); a solution's `beta2` for RMSprop becomes `rho`.
 *   `defaults.beta2` stays, so stored runs and links that carry it still resolve. Every score is
 *   unchanged (content/levels/levels.test.ts and migrate.test.ts check it).
 */
import type { z } from 'zod';
import { LEVEL_VERSION, LevelSchema, type Level } from './schema';
import { V1_RMSPROP_DECAY } from './migrate-settings';

/** Size limit on a level document, in characters of JSON (checked before parsing). */
export const MAX_LEVEL_JSON = 64 * 1024;

/** The result of loading a level: the level, or the problems found (path and message each). */
export type LoadResult = { ok: true; level: Level } | { ok: false; errors: { path: string; message: string }[] };

type Json = Record<string, unknown>;

function fromV0(doc: Json): Json {
  const { stars, seedCount, maxSteps, ...rest } = doc;
  const out: Json = { ...rest, version: 1 };
  if (stars && typeof stars === 'object' && !Array.isArray(stars)) {
    const s = stars as Json;
    out.stars = [s.one, s.two, s.three];
  } else if (stars !== undefined) out.stars = stars;
  if (seedCount !== undefined) out.seeds = seedCount;
  if (maxSteps !== undefined) out.budget = maxSteps;
  return out;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fromV1(doc: Json): Json {
  const out: Json = { ...doc, version: 2 };
  const defaults = isObject(doc.defaults) ? doc.defaults : {};
  const controls = isObject(doc.controls) ? doc.controls : {};
  const defaultOptimizer = typeof defaults.optimizer === 'string' ? defaults.optimizer : 'sgd';
  const choice = isObject(controls.optimizer) && Array.isArray(controls.optimizer.options) ? controls.optimizer.options : [];
  const usable = new Set<unknown>([defaultOptimizer, ...choice]);
  if (!usable.has('rmsprop')) return out;
  if (defaults.rho === undefined) out.defaults = { ...defaults, rho: defaults.beta2 ?? V1_RMSPROP_DECAY };
  const keepBeta2 = usable.has('adam');
  if (controls.beta2 !== undefined && controls.rho === undefined) {
    const { beta2, ...rest } = controls;
    out.controls = keepBeta2 ? { ...controls, rho: beta2 } : { ...rest, rho: beta2 };
  }
  if (isObject(doc.solution) && doc.solution.beta2 !== undefined && doc.solution.rho === undefined) {
    const { beta2, ...rest } = doc.solution;
    const optimizer = doc.solution.optimizer ?? defaultOptimizer;
    if (optimizer === 'rmsprop') out.solution = { ...rest, rho: beta2 };
    else if (!keepBeta2 && controls.beta2 !== undefined) out.solution = rest; // β₂ was RMSprop's only; unread by this solution
  }
  return out;
}

/** Upgrades a parsed JSON document of any known version to the current version (no validation). */
export function migrateLevel(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  let d = doc as Json;
  if (d.version === undefined) d = fromV0(d);
  if (d.version === 1) d = fromV1(d);
  return d;
}

function issues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(level)', message: i.message }));
}

/** Migrates and validates a parsed level (the JSON value, not the text). */
export function loadLevel(doc: unknown): LoadResult {
  const migrated = migrateLevel(doc);
  const v = (migrated as Json | null)?.version;
  if (typeof v === 'number' && v > LEVEL_VERSION) {
    return { ok: false, errors: [{ path: 'version', message: `level format ${v} is newer than this app understands (${LEVEL_VERSION})` }] };
  }
  const res = LevelSchema.safeParse(migrated);
  return res.success ? { ok: true, level: res.data } : { ok: false, errors: issues(res.error) };
}

/** Parses, migrates and validates a level from JSON text (size-limited; never throws). */
export function loadLevelJson(text: string): LoadResult {
  if (text.length > MAX_LEVEL_JSON) return { ok: false, errors: [{ path: '(level)', message: `level JSON is over ${MAX_LEVEL_JSON} characters` }] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(level)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return loadLevel(doc);
}
