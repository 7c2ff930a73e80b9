// Every built-in level is won by its idea, not by a shortcut: the sweep of engine/shortcuts.ts
// (each unlocked control alone over its slider, plus the level's declared shortcuts), scored
// with the real scoreLevel. `npx tsx scripts/shortcut-table.ts` prints the same numbers.
import { describe, expect, it } from 'vitest';
import { auditIntent, describeChange, loadLevel, sliderSpec, sliderValueAt, SLIDER_TICKS, type Level, type SettingKey } from '@/engine';
import { fromTick } from '@/components/player/controls/LogSlider';
import { LEVELS } from '.';

const withChanges = (level: Level, over: Record<string, unknown>): ReturnType<typeof loadLevel> => loadLevel({ ...level, ...over });

describe('level intents', () => {
  it('every built-in level states its idea, its fix and its shortcuts', () => {
    for (const level of LEVELS.values()) {
      expect(level.intent, `${level.id} has no intent`).toBeDefined();
      expect(level.intent?.idea.length, level.id).toBeGreaterThan(20);
    }
  });

  it('an intent must name unlocked controls and stay inside their ranges', () => {
    const level = LEVELS.get('sharp-or-flat')!;
    const intent = level.intent!;
    const bad = [
      { ...intent, controls: ['optimizer'] },
      { ...intent, fix: { batchSize: 4, lr: 0.5 } },
      { ...intent, shortcuts: [{ label: 'x', settings: {}, sweep: ['momentum'] }] },
      { ...intent, shortcuts: [{ label: 'x', settings: { shuffle: 'none' }, sweep: [] }] },
    ];
    for (const b of bad) expect(withChanges(level, { intent: b }).ok, JSON.stringify(b)).toBe(false);
    expect(withChanges(level, { intent: undefined }).ok).toBe(true); // optional in the format (teachers' levels)
  });

  it('the sweep moves each slider over the positions the player’s slider can take', () => {
    for (const level of LEVELS.values()) {
      for (const key of Object.keys(level.controls) as SettingKey[]) {
        const spec = sliderSpec(level, key);
        if (!spec) continue;
        for (let t = 0; t <= SLIDER_TICKS; t++) {
          expect(sliderValueAt(spec, t), `${level.id} ${key} tick ${t}`).toBe(fromTick(t, spec.min, spec.max, spec.log, spec.integer));
        }
      }
    }
  });

  it('catches the shortcut the issue found: sharp-or-flat with its old rate range is won by the full batch alone', () => {
    const level = LEVELS.get('sharp-or-flat')!;
    const old = withChanges(level, { controls: { ...level.controls, lr: { min: 0.01, max: 0.1 } } });
    if (!old.ok) throw new Error(JSON.stringify(old.errors));
    const audit = auditIntent(old.level, { positions: 9 });
    expect(audit.pass).toBe(false);
    expect(audit.best?.label).toBe('only lr');
    expect(audit.best?.best.settings.batchSize).toBe(64);
    expect(audit.best?.best.result.stars).toBe(3);
  });

  for (const level of LEVELS.values()) {
    it(`${level.id}: the fix earns three stars and no shortcut beats the cap`, () => {
      const audit = auditIntent(level);
      const fix = audit.fix.result;
      expect(fix.stars, `fix (${describeChange(level, audit.fix.settings)}) scored ${fix.score}`).toBe(3);
      for (const f of audit.findings) {
        const r = f.best.result;
        expect(r.stars, `${f.label}: ${describeChange(level, f.best.settings)} scored ${r.score} (${r.stars}★)`).toBeLessThanOrEqual(audit.cap);
      }
    });
  }
});
