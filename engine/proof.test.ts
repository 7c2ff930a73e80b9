// The proof's verdict (engine/proof.ts): the shortcut sweep's audit as data, the grid chosen
// within a cost bound (the content test's own when it fits, else a smaller one, else "too costly").
import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { auditIntent, defaultPositions, loadLevel, type Level } from '.';
import { LevelProofSchema, PROOF_LADDER, estimateProbes, noIntentProof, proofOfAudit, proofPositions, proveLevel } from './proof';

function ravine(over: Record<string, unknown> = {}): Level {
  const res = loadLevel({ ...getLevel('ravine-momentum')!, ...over });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.level;
}

describe('level proofs', () => {
  it('the verdict of a passing audit: proven, the fix first, every shortcut a row', () => {
    const level = ravine();
    const audit = auditIntent(level, { positions: 9 });
    const proof = proofOfAudit(level, audit, 9, false);
    expect(proof.status).toBe('proven');
    expect(proof.verdict).toBe('proven: only the idea wins (a smaller grid: 9 positions per slider)');
    expect(proof.rows.map((r) => r.label)).toEqual(['intended fix', ...audit.findings.map((f) => f.label)]);
    expect(LevelProofSchema.safeParse(proof).success).toBe(true);
  });

  it('a failing audit names each shortcut over the cap, and a fix short of three stars', () => {
    const level = ravine({ stars: [300, 600, 900] });
    const proof = proofOfAudit(level, auditIntent(level, { positions: 9 }), 9, true);
    expect(proof.status).toBe('unproven');
    expect(proof.verdict).toMatch(/^unproven: only lr earns 3★/);
    const hard = ravine({ stars: [300, 600, 999] });
    expect(proofOfAudit(hard, auditIntent(hard, { positions: 9 }), 9, true).verdict).toMatch(/the intended fix earns only [0-2]★/);
  });

  it('picks the content test’s grid when it fits the bound, a smaller one when not, none below', () => {
    const level = ravine();
    const own = defaultPositions(level);
    const probes = estimateProbes(level, own);
    expect(proofPositions(level, 1, probes)).toEqual({ positions: own, full: true });
    const smaller = proofPositions(level, 1, probes - 1);
    expect(smaller?.full).toBe(false);
    expect(PROOF_LADDER).toContain(smaller?.positions);
    expect(proofPositions(level, 1, 1)).toBeNull();
    expect(proveLevel(level, 1, 1)).toMatchObject({ status: 'unproven', positions: null });
    expect(estimateProbes(ravine({ intent: undefined }), own)).toBe(0);
  });

  it('no intent: nothing to prove', () => {
    expect(proveLevel(ravine({ intent: undefined }), 1, 1e12)).toEqual(noIntentProof());
  });
});
