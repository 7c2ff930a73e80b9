/**
 * Why a run fell short, in one word for the teachers' results: the top finding kind of the
 * server's explanation (engine explainRun) of the run's worst seed. Computed once, when a run on
 * a custom level or from a playlist is stored (one extra seed simulated step by step, ≈ 1–100 ms),
 * and stored in runs.failure_kind, so results are a plain GROUP BY.
 */
import { explainRun, landscapeFor, simulate, type Level, type LevelScore, type Settings } from '@/engine';
import type { FindingKind } from '@/engine/explain';
import { KIND_LABELS } from '@/content/finding-labels';

/** The failure kind of a scored run: null when it earned three stars or nothing explains it. */
export function failureKindOf(level: Level, settings: Settings, result: LevelScore): FindingKind | null {
  if (result.stars >= 3) return null;
  const worst = result.seeds.reduce((a, s) => (s.score < a.score ? s : a), result.seeds[0]);
  const landscape = landscapeFor(level, settings);
  const trace = simulate(level, settings, worst.seed, { landscape, record: 'every-step' });
  const explanation = explainRun(level, settings, trace, landscape, { score: result });
  return explanation.findings.find((f) => f.kind !== 'success')?.kind ?? null;
}

/** The label of a failure kind for people ("" for none; unknown kinds as they are). */
export function failureLabel(kind: string | null): string {
  if (kind === null) return '';
  return (KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}
