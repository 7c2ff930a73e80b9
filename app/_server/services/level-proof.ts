/**
 * The proof of a teacher's level, computed by the server when the level is published or
 * republished (issue 14): the shortcut sweep of engine/shortcuts.ts — the built-in levels'
 * content test — run in the simulation pool, one task per shortcut (so the threads share it),
 * held to MAX_PROOF_COST (./sim-cost.ts): the content test's grid when it fits, else a smaller
 * one (engine/proof.ts, PROOF_LADDER), else "unproven: too costly". Never taken from the client:
 * the publish body is `{ level }` only (strict), and a level document has no proof field.
 * Same steps as engine auditIntent (the fix scored, each shortcut swept, the cap checked).
 */
import { definedSettings } from '@/engine/level/schema';
import { impliedShortcuts, levelDefaults, noIntentProof, proofOfAudit, proofPositions, tooCostlyProof, type IntentAudit, type Level, type LevelProof, type ShortcutFinding } from '@/engine';
import { orBusy, type BUSY } from '../sim/http';
import { runSim } from '../sim/pool';
import { MAX_PROOF_COST, simulationCost } from '@/components/explain/sim-cost';

/** The level's proof, or BUSY when the pool refused the work. */
export async function proveOnServer(level: Level, maxCost = MAX_PROOF_COST): Promise<{ ok: true; proof: LevelProof } | typeof BUSY> {
  const intent = level.intent;
  if (!intent) return { ok: true, proof: noIntentProof() };
  const grid = proofPositions(level, simulationCost(level, 'score'), maxCost);
  if (!grid) return { ok: true, proof: tooCostlyProof(level) };
  const { positions } = grid;
  const fixSettings = { ...levelDefaults(level), ...definedSettings(intent.fix) };
  const shortcuts = [
    ...impliedShortcuts(level).map((shortcut) => ({ shortcut, shortcutKind: 'alone' as const })),
    ...intent.shortcuts.map((shortcut) => ({ shortcut, shortcutKind: 'declared' as const })),
  ];
  // The first task may be refused (queue full: 503); the rest are follow-up work of an accepted request.
  const fix = await orBusy(runSim({ kind: 'score', level, settings: fixSettings }));
  if (!fix.ok) return fix;
  const findings: ShortcutFinding[] = await Promise.all(
    shortcuts.map(({ shortcut, shortcutKind }) => runSim({ kind: 'shortcut', level, shortcut, shortcutKind, positions }, { alwaysQueue: true })),
  );
  const rank = (f: ShortcutFinding) => f.best.result.stars * 10_000 + f.best.result.score;
  const best = findings.reduce<ShortcutFinding | null>((b, f) => (!b || rank(f) > rank(b) ? f : b), null);
  const cap = intent.maxShortcutStars;
  const audit: IntentAudit = {
    levelId: level.id,
    cap,
    fix: { settings: fixSettings, result: fix.value },
    findings,
    best,
    pass: fix.value.stars === 3 && findings.every((f) => f.best.result.stars <= cap),
  };
  return { ok: true, proof: proofOfAudit(level, audit, positions, grid.full) };
}
