/**
 * Publishing a teacher's level: the body `{ level }` is validated like an imported file (engine
 * loadLevel: migration + zod), bounded in nesting and in the cost of simulating runs on it, and
 * must carry a `solution` that earns three stars with the engine's own scoring — the server
 * re-checks solvability instead of trusting the editor's calibration.
 */
import { z } from '@/engine/zod';
import { loadLevel, resolveSettings, type Level, type LevelProof } from '@/engine';
import { checkBodyStrings } from '../http/text';
import { zodProblem } from '../http/zod-problem';
import { BUSY, orBusy } from '../sim/http';
import { runSim } from '../sim/pool';
import { costProblem } from '@/components/explain/sim-cost';
import { proveOnServer } from './level-proof';
import { readyLandscape } from '@/content/datasets/ready';
import { networkRowProblems } from '@/engine/level/network-rows';

/** Deepest JSON nesting a request body may have (a level document needs about 5). */
export const MAX_BODY_DEPTH = 20;

/** A 4xx problem with the request. */
export type Problem = { ok: false; status: 400 | 422; error: string; field?: string };

/** Depth of a parsed JSON value (iterative: a hostile body cannot overflow the stack). */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** A 400 when the body nests deeper than MAX_BODY_DEPTH, else null. */
export function depthProblem(body: unknown): Problem | null {
  return jsonDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH
    ? { ok: false, status: 400, error: `request body is nested more than ${MAX_BODY_DEPTH} levels deep` }
    : null;
}

/** The body of POST and PUT /api/custom-levels. */
export const PublishSchema = z.object({ level: z.record(z.string(), z.unknown()) }).strict();

/**
 * Validates a level document (any supported version): the level, or a 400 naming the field.
 * Its texts (title, goal, hints, solution, any string) follow the text rule (../http/text.ts)
 * first — the body reader already applied it; this keeps direct callers to the same rule.
 */
export function validateLevelDoc(doc: unknown, prefix = 'level'): { ok: true; level: Level } | Problem {
  const strings = checkBodyStrings({ [prefix]: doc });
  if (!strings.ok) return { ok: false, status: 400, ...strings.issue };
  const loaded = loadLevel((strings.value as Record<string, unknown>)[prefix]);
  if (!loaded.ok) {
    const e = loaded.errors[0];
    return { ok: false, status: 400, error: `${prefix}.${e.path}: ${e.message}`, field: `${prefix}.${e.path}` };
  }
  return { ok: true, level: loaded.level };
}

/** A 422 when a real network level does not fit its loaded rows (a batch larger than the training rows), else null. */
async function rowsProblem(level: Level): Promise<Problem | null> {
  await readyLandscape(level.landscape);
  const [first] = networkRowProblems(level);
  return first ? { ok: false, status: 422, error: `level.${first.path}: batch size ${first.value} exceeds the ${first.limit} training rows of ${first.title}`, field: `level.${first.path}` } : null;
}

/** A validated level ready to store, or the problem. */
export type Publishable = { ok: true; level: Level; score: number; stars: number; proof: LevelProof } | Problem | typeof BUSY;

/**
 * Checks a publish/update body end to end: shape, nesting, the level format, the simulation
 * cost (./sim-cost.ts), and that the level's `solution` earns three stars (scored in the
 * simulation pool, ../sim/pool.ts); then its proof (./level-proof.ts: the shortcut sweep of its
 * stated intent, computed here, never read from the body). An unproven level is still publishable.
 */
export async function checkPublishable(body: unknown): Promise<Publishable> {
  const deep = depthProblem(body);
  if (deep) return deep;
  const parsed = PublishSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, ...zodProblem(parsed.error) };
  const valid = validateLevelDoc(parsed.data.level);
  if (!valid.ok) return valid;
  const { level } = valid;
  // The heaviest work any route does with a stored level: its run page.
  const costly = costProblem(level, 'page');
  if (costly) return costly;
  const rows = await rowsProblem(level);
  if (rows) return rows;
  if (!level.solution) {
    return { ok: false, status: 422, error: 'level has no solution: auto-calibrate it, so that it carries settings that earn three stars', field: 'level.solution' };
  }
  const resolved = resolveSettings(level, level.solution);
  if (!resolved.ok) return { ok: false, status: 422, error: `level.solution: ${resolved.message}`, field: `level.solution.${resolved.field}` };
  const scored = await orBusy(runSim({ kind: 'score', level, settings: resolved.settings }));
  if (!scored.ok) return scored;
  const result = scored.value;
  if (result.stars < 3) {
    return {
      ok: false,
      status: 422,
      error: `level is not solvable as published: its solution scores ${result.score} (${result.stars} of 3 stars, three need ${level.stars[2]}); a published level needs settings that earn three stars`,
      field: 'level.solution',
    };
  }
  const proved = await proveOnServer(level);
  if (!proved.ok) return proved;
  return { ok: true, level, score: result.score, stars: result.stars, proof: proved.proof };
}

/** The run key of a custom level in the runs table (built-in ids never contain a slash). */
export function customRunLevelId(slug: string): string {
  return `c/${slug}`;
}

/**
 * The run key of an ad-hoc level document (POST /api/runs with `level`): `draft/<document id>`.
 * Its id is the client's choice, so it gets a namespace of its own, never a built-in id (no slash)
 * or a published `c/<slug>`; such runs never count in a playlist's results or on a leaderboard.
 */
export function draftRunLevelId(documentId: string): string {
  return `draft/${documentId}`;
}

/** Whether a stored run was on an ad-hoc document (a draft level), from its level id and source. */
export function isDraftRun(run: { readonly levelId: string; readonly levelSource: string }): boolean {
  // Rows stored before the draft namespace kept the document's own id: any custom-source run
  // outside `c/` is a draft.
  return run.levelSource === 'custom' && !run.levelId.startsWith('c/');
}

/** The level id a custom level is played under in the browser (progress, stars): `c-<slug>`. */
export function customPlayLevelId(slug: string): string {
  return `c-${slug}`;
}

/** The share, edit and API addresses of a custom level. */
export function customLevelLinks(slug: string, token?: string) {
  return {
    shareUrl: `/play/c/${slug}`,
    ...(token === undefined ? {} : { editUrl: `/create/edit/${slug}#token=${token}`, editToken: token }),
  };
}

/** The slug of a browser-side level id `c-<slug>` (customPlayLevelId), or null. */
export function slugOfPlayLevelId(levelId: string): string | null {
  return /^c-([a-z0-9]{10})$/.exec(levelId)?.[1] ?? null;
}
