/**
 * Upgrading saved levels to the current format, then validating them (excalidraw's restore.ts
 * idea): old files keep loading after the format changes.
 *
 * Version history:
 * - 0 (the prototype format, no `version` field): stars as { one, two, three }, the seed count
 *   as `seedCount`, the step budget as `maxSteps`.
 * - 1: the current format (see schema.ts).
 */
import type { z } from 'zod';
import { LEVEL_VERSION, LevelSchema, type Level } from './schema';

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

/** Upgrades a parsed JSON document of any known version to the current version (no validation). */
export function migrateLevel(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  let d = doc as Json;
  if (d.version === undefined) d = fromV0(d);
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
