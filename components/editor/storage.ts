/**
 * The draft survives a reload: saved to localStorage (debounced by the caller) under one key
 * per editor (new level, or the edit page of a slug), read back through a loose zod check so
 * a corrupt or old entry is ignored instead of crashing the editor. A draft saved before level
 * format 2 (no `rho`: RMSprop read β₂) is upgraded like a v1 level file (engine's migrateLevel).
 */
import { z } from '@/engine/zod';
import { DEFAULT_SETTINGS, FAMILY_IDS, migrateLevel, type Controls, type FamilyId, type Settings } from '@/engine';
import type { Draft } from './draft';

const PREFIX = 'descent.editor.';

/** Key of the new-level draft, of a fork of a built-in level, or of the edit page of a published level. */
export function draftKey(of: { edit: string } | { fork: string } | 'new' = 'new'): string {
  if (of === 'new') return `${PREFIX}new`;
  return 'edit' in of ? `${PREFIX}edit.${of.edit}` : `${PREFIX}fork.${of.fork}`;
}

const LooseDraft = z
  .object({
    id: z.string(),
    title: z.string(),
    goalText: z.string(),
    hints: z.array(z.string()),
    solutionText: z.string(),
    family: z.enum(FAMILY_IDS as [FamilyId, ...FamilyId[]]),
    params: z.record(z.string(), z.record(z.string(), z.unknown())),
    variation: z.object({ n: z.number(), nTest: z.number(), spread: z.tuple([z.number(), z.number()]), seed: z.number() }),
    start: z.tuple([z.number(), z.number()]),
    goal: z.object({ kind: z.enum(['region', 'loss']) }).passthrough(),
    budget: z.number(),
    seeds: z.number(),
    stallGradNorm: z.number(),
    defaults: z.record(z.string(), z.unknown()),
    controls: z.record(z.string(), z.unknown()),
    stars: z.tuple([z.number(), z.number(), z.number()]),
    solution: z.record(z.string(), z.unknown()).nullable(),
    calibration: z.record(z.string(), z.unknown()).nullable(),
    // Issue 14 (drafts saved before lack them): the stated intent, checked again by loadLevel,
    // and the last proof shown (tied to its level by a key).
    intent: z.record(z.string(), z.unknown()).nullable().optional(),
    proof: z.record(z.string(), z.unknown()).nullable().optional(),
    // Drafts saved before the Chinese edition were all written in English.
    lang: z.enum(['en', 'zh']).optional(),
  })
  .strict();

/** A draft saved before RMSprop had its own `rho`, upgraded as a v1 level's settings are. */
function upgradeDraft(d: Draft): Draft {
  if ((d.defaults as Partial<Settings>).rho !== undefined) return d;
  const doc = migrateLevel({ version: 1, defaults: d.defaults, controls: d.controls, solution: d.solution ?? undefined }) as {
    defaults: Partial<Settings>;
    controls: Controls;
    solution?: Partial<Settings>;
  };
  return { ...d, defaults: { ...DEFAULT_SETTINGS, ...doc.defaults }, controls: doc.controls, solution: d.solution ? (doc.solution ?? d.solution) : null };
}

/** Parses a stored draft; null when it does not look like one. */
export function parseStoredDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const res = LooseDraft.safeParse(JSON.parse(text));
    if (!res.success) return null;
    const d = res.data as unknown as Draft;
    return upgradeDraft({ ...d, intent: d.intent ?? null, proof: d.proof ?? null, lang: d.lang ?? 'en' });
  } catch {
    return null;
  }
}

/** Reads the saved draft (null when none, unreadable, or storage is unavailable). */
export function loadDraft(key: string): Draft | null {
  try {
    return parseStoredDraft(window.localStorage.getItem(key));
  } catch {
    return null;
  }
}

/** Saves the draft; false when storage is full or unavailable. */
export function saveDraft(key: string, d: Draft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(d));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved draft. */
export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing to forget */
  }
}
