/**
 * The one cost bound of every route that simulates. A level's cost is counted in example
 * evaluations (one example's loss and gradient) for each kind of work a route does with it:
 *
 * - `score`   verifying a run (POST /api/runs, publishing: the solution): the level's K seeds,
 *             each budget × (batch + (train + test examples) / CHECK_EVERY);
 * - `explain` the explanation (GET /api/explain, a stored run's failure kind): `score` plus one
 *             seed recorded at every step, budget × (batch + train + test examples);
 * - `page`    the /runs/<id> and /explain pages: `explain` plus the contour map, GRID_SIZE² loss
 *             evaluations of the train set, counted at a quarter (loss only, no gradient:
 *             measured ≈ 3.5× cheaper per example than a training step's).
 *
 * All three are multiplied by the terrain weight (terrain nodes / 5) for a terrain-language
 * landscape, or a real network's weight (engine networkEvalWeight), and all three are held to MAX_SIMULATION_COST. A level is stored (published, or
 * sent with a run) only when its `page` cost is within the bound, so every route can serve it;
 * each route also checks its own work, which covers levels stored before this bound.
 */
import { CHECK_EVERY, FAMILIES, levelDefaults, resolveVariation, type Level } from '@/engine';
import { networkEvalWeight, type NetworkParamsValue } from '@/engine/landscape/families/network';
import { childrenOf, parseTerrain, type TerrainAst } from '@/engine/terrain';
import { GRID_SIZE } from './loss-grid';

/**
 * The bound, in example evaluations. The heaviest built-in level's page costs ≈ 3.5 million; the
 * bound allows ≈ 6× that: ≈ 1 s of CPU for a run page at the bound on this (2-core) machine, the
 * scoring part ≈ 0.55 s of it (50 ns per example evaluation of a training step).
 */
export const MAX_SIMULATION_COST = 20_000_000;

/**
 * The bound of a level's proof when it is published (../services/level-proof.ts): the shortcut
 * sweep's probes × one `score` each. Ten run pages' worth (≈ 10 s of CPU at the bound, spread
 * over the pool's threads, one task per shortcut); publishing is rate-limited on its own
 * (DESCENT_PUBLISH_LIMIT). A sweep over it runs on a smaller grid (engine/proof.ts).
 */
export const MAX_PROOF_COST = 10 * MAX_SIMULATION_COST;

/** What a route does with a level (see the file note). */
export type SimWork = 'score' | 'explain' | 'page';

/** Words for each kind of work, in the refusal. */
const WORK_NAMES: Record<SimWork, string> = {
  score: 'verifying a run',
  explain: 'explaining a run',
  page: 'showing a run page',
};

/** The work of `work` on `level` in example evaluations (see the file note). */
export function simulationCost(level: Level, work: SimWork): number {
  const v = resolveVariation(level.landscape);
  const batch = Math.min(v.n, Math.max(levelDefaults(level).batchSize, level.controls.batchSize?.max ?? 0));
  let cost = level.seeds * level.budget * (batch + (v.n + v.nTest) / CHECK_EVERY);
  if (work !== 'score') cost += level.budget * (batch + v.n + v.nTest);
  if (work === 'page') cost += (GRID_SIZE * GRID_SIZE * v.n) / 4;
  return cost * evaluationWeight(level);
}

/** How much more one example's evaluation costs than a built-in family's: a terrain expression's, a real network's. */
function evaluationWeight(level: Level): number {
  if (level.landscape.family === 'network') return networkEvalWeight(FAMILIES.network.params.parse(level.landscape.params) as NetworkParamsValue);
  const expr = (level.landscape.params as { expr?: unknown } | undefined)?.expr;
  if (level.landscape.family !== 'terrain' || typeof expr !== 'string') return 1;
  let nodes = 0;
  const stack: TerrainAst[] = [parseTerrain(expr)];
  while (stack.length) {
    nodes += 1;
    stack.push(...childrenOf(stack.pop()!));
  }
  return Math.max(1, nodes / 5);
}

/** The refusal of work on a level over the bound: 422, naming the bound. */
/** A refusal in the shape of the server's problems (app/_server/services/custom-level.ts `Problem`). */
export type CostProblem = { ok: false; status: 422; error: string; field?: string };

/**
 * A 422 when `work` on `level` costs more than MAX_SIMULATION_COST, else null. Storing a level
 * checks `page` (the default): the heaviest thing any route does with it.
 */
export function costProblem(level: Level, work: SimWork = 'page', field = 'level'): CostProblem | null {
  const cost = simulationCost(level, work);
  if (cost <= MAX_SIMULATION_COST) return null;
  const millions = (c: number) => (c / 1e6).toFixed(1).replace(/\.0$/, '');
  return {
    ok: false,
    status: 422,
    error: `level is too costly: ${WORK_NAMES[work]} on it takes ≈ ${millions(cost)} million example evaluations, over the simulation cost bound of ${millions(MAX_SIMULATION_COST)} million (MAX_SIMULATION_COST); lower the budget, seeds, batch size or number of examples`,
    field,
  };
}
