/**
 * Progress as a file: export everything the browser remembers (bests per level, lessons opened)
 * as JSON, and import such a file back, merging it with what is there (the better result of
 * each level wins; visits keep the earliest time). Imports are validated and size-limited;
 * a bad file changes nothing.
 */
import { z } from '@/engine/zod';
import { BestsSchema, VisitedSchema, betterResult, readBests, readVisited, writeBests, writeVisited, type Best } from '@/components/course/progress';

/** Largest accepted progress file. */
export const PROGRESS_FILE_MAX = 256 * 1024;

const ProgressFileSchema = z
  .object({
    format: z.literal('descent-progress'),
    version: z.literal(1),
    exportedAt: z.string().max(40),
    bests: BestsSchema,
    visited: VisitedSchema,
  })
  .strict();

export type ProgressFile = z.infer<typeof ProgressFileSchema>;

/** The stored progress as a file's JSON text. */
export function exportProgress(now = new Date()): string {
  const file: ProgressFile = { format: 'descent-progress', version: 1, exportedAt: now.toISOString(), bests: readBests(), visited: readVisited() };
  return JSON.stringify(file, null, 2);
}

/** Why a file was refused: a message key of the `course.progress` messages and its values (`error` says it in English). */
export interface ProgressImportProblem {
  readonly key: 'tooLarge' | 'notJson' | 'notProgress';
  readonly values: Readonly<Record<string, string>>;
}

export type ProgressImportResult = { ok: true; levels: number; lessons: number } | { ok: false; error: string; problem: ProgressImportProblem };

/** A refusal, in English (`error`) and as a message key with values (`problem`) for the page's language. */
function refused(key: ProgressImportProblem['key'], values: Record<string, string>, error: string): ProgressImportResult {
  return { ok: false, error, problem: { key, values } };
}


/** Merges validated progress into the stored progress (better result per level, earliest visit). */
export function mergeProgress(incoming: Record<string, Best>, incomingVisited: Record<string, string>): void {
  const bests = readBests();
  for (const [id, best] of Object.entries(incoming)) bests[id] = betterResult(bests[id], best);
  const visited = readVisited();
  for (const [slug, at] of Object.entries(incomingVisited)) if (!visited[slug] || at < visited[slug]) visited[slug] = at;
  writeBests(bests);
  writeVisited(visited);
}

/** Merges a progress file's text into the stored progress. */
export function importProgress(text: string): ProgressImportResult {
  const kb = String(PROGRESS_FILE_MAX / 1024);
  if (text.length > PROGRESS_FILE_MAX) return refused('tooLarge', { kb }, `The file is too large (over ${kb} KB).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused('notJson', {}, 'The file is not JSON. Choose a file exported from Descent.');
  }
  const res = ProgressFileSchema.safeParse(json);
  if (!res.success) {
    const issue = res.error.issues[0];
    const path = issue.path.join('.') || 'file';
    return refused('notProgress', { path, message: issue.message }, `This is not a Descent progress file (${path}: ${issue.message}).`);
  }
  mergeProgress(res.data.bests, res.data.visited);
  return { ok: true, levels: Object.keys(res.data.bests).length, lessons: Object.keys(res.data.visited).length };
}
