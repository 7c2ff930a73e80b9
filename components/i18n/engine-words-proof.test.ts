import { describe, expect, it } from 'vitest';
import { describeChange, levelDefaults, noIntentProof, proofOfAudit, tooCostlyProof, type IntentAudit, type LevelProof, type Settings } from '@/engine';
import { LEVELS } from '@/content/levels';
import { translatorFor } from '@/components/i18n/translate';
import { calibrationValuesIn, changeIn, proofLabelIn, proofVerdictIn, settingKeysIn } from '@/components/i18n/engine-words-proof';

const zh = translatorFor('engineWords', 'zh');
const player = translatorFor('player', 'zh');
const han = /\p{Script=Han}/u;
const level = LEVELS.get('monkey-saddle')!;
const base = levelDefaults(level);
const probe = (over: Partial<Settings>, stars: number, score: number) => ({ settings: { ...base, ...over } as Settings, result: { stars, score } as never });

const CHANGES: Partial<Settings>[] = [
  {},
  { lr: 0.05 },
  { optimizer: 'adam', lr: 0.03, biasCorrection: false, eps: 1e-8 },
  { optimizer: 'momentum', momentum: 0.9, momentumForm: 'classic' },
  { shuffle: 'none', batchSize: 4, batchNorm: true, standardize: true, l1: 0.01, l2: 0.001 },
  { optimizer: 'rmsprop', rho: 0.95 },
  { optimizer: 'nesterov', momentum: 0.5 },
];

function audit(fixStars: number, findings: IntentAudit['findings']): IntentAudit {
  const fix = probe({ optimizer: 'momentum', momentum: 0.9 }, fixStars, 700);
  const pass = fixStars === 3 && findings.every((f) => f.best.result.stars <= 2);
  return { levelId: level.id, cap: 2, fix, findings, best: findings[0] ?? null, pass };
}

const FINDINGS: IntentAudit['findings'] = [
  { label: 'only lr', kind: 'alone', tried: 40, best: probe({ lr: 0.05 }, 3, 910) },
  { label: 'only batchSize', kind: 'alone', tried: 7, best: probe({ batchSize: 4 }, 1, 420) },
  { label: 'Adam; any lr', kind: 'declared', tried: 33, best: probe({ optimizer: 'adam', lr: 0.03 }, 3, 950) },
];

const PROOFS: LevelProof[] = [
  noIntentProof(),
  tooCostlyProof(level),
  proofOfAudit(level, audit(3, FINDINGS.slice(1, 2)), 33, true),
  proofOfAudit(level, audit(3, FINDINGS.slice(1, 2)), 9, false),
  proofOfAudit(level, audit(2, FINDINGS), 33, true),
  proofOfAudit(level, audit(1, []), 17, false),
  proofOfAudit(level, audit(3, FINDINGS), 5, false),
];

describe('setting changes and proofs in the engineWords catalogue', () => {
  it('says describeChange again word for word in English, and in Chinese names', () => {
    for (const c of CHANGES) {
      const said = describeChange(level, { ...base, ...c } as Settings);
      expect(changeIn(said), said).toBe(said);
      expect(changeIn(said, zh), said).not.toBe(said);
    }
    expect(changeIn('lr 0.5, optimizer adam', zh)).toBe('学习率 0.5，优化器 Adam');
    expect(changeIn('biasCorrection false', zh)).toBe('偏差校正 关');
    expect(changeIn('defaults', zh)).toBe('默认设置');
    expect(changeIn('not a change', zh)).toBe('not a change');
    expect(settingKeysIn('optimizer, momentum', zh)).toBe('优化器、动量');
    expect(settingKeysIn('optimizer, momentum')).toBe('optimizer, momentum');
  });

  it('names settings as the player does in Chinese', () => {
    for (const key of ['lr', 'batchSize', 'shuffle', 'momentum', 'beta1', 'biasCorrection', 'l2'] as const) {
      expect(changeIn(`${key} 1`, zh)).toBe(`${player(`settings.${key}.short`)} 1`);
    }
  });

  it('says every verdict again word for word in English, and in Chinese', () => {
    for (const proof of PROOFS) {
      expect(proofVerdictIn(proof), proof.verdict).toBe(proof.verdict);
      const said = proofVerdictIn(proof, zh);
      expect(said, proof.verdict).toMatch(han);
      expect(said, proof.verdict).not.toMatch(/\b(only|earns|score|unproven|proven)\b/);
      for (const r of proof.rows) expect(proofLabelIn(r)).toBe(r.label);
    }
    const unproven = PROOFS[4];
    expect(proofVerdictIn(unproven, zh)).toBe(
      '未证明：预期解法只拿到 2★（得分 700）；只调“学习率”拿到了 3★（学习率 0.05，得分 910）；Adam; any lr拿到了 3★（优化器 Adam，学习率 0.03，得分 950）',
    );
    expect(proofLabelIn(unproven.rows[0], zh)).toBe('预期解法');
  });

  it('shows a verdict it cannot say again as it was stored', () => {
    const old: LevelProof = { ...PROOFS[4], verdict: 'unproven: something an older engine said' };
    expect(proofVerdictIn(old, zh)).toBe(old.verdict);
  });

  it('says a calibration warning’s values in the reader’s words', () => {
    const values = { controls: 'optimizer, momentum', best: 'optimizer adam, lr 0.5', score: '940', proposed: 'optimizer momentum, momentum 0.9', proposedScore: '900' };
    expect(calibrationValuesIn(values)).toEqual(values);
    expect(calibrationValuesIn(values, zh)).toEqual({ ...values, controls: '优化器、动量', best: '优化器 Adam，学习率 0.5', proposed: '优化器 动量法，动量 0.9' });
    expect(calibrationValuesIn(undefined, zh)).toBeUndefined();
  });
});
