import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { levelDefaults } from '@/engine';
import { initialPlayerState, partialPreviewSteps, playerReducer, previewMode, type PlayerAction, type PlayerState } from './player-state';
import { computeRun } from './run';

const level = getLevel('saddle-escape')!;
const run = () => computeRun(level, levelDefaults(level), 1);
const reduce = (s: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, s);

describe('player reducer: new settings always clear the run', () => {
  const launched = reduce(initialPlayerState(level), { type: 'launch', run: run() });
  const other = { ...levelDefaults(level), lr: 0.05 };

  it('every path that changes settings or seed clears the run and keeps it as the previous attempt', () => {
    const paths: PlayerAction[] = [
      { type: 'settings', settings: other },
      { type: 'load', settings: other, seed: 2, error: null, applied: false },
      { type: 'load', settings: other, seed: 1, error: null, applied: true },
      { type: 'seed', seed: 3 },
    ];
    for (const a of paths) {
      const s = playerReducer(launched, a);
      expect(s.run, a.type).toBeNull();
      expect(s.previous?.x).toBe(launched.run!.trace.x);
    }
  });

  it('a launch keeps the run before it as the previous attempt and counts launches', () => {
    const second = reduce(launched, { type: 'launch', run: run() });
    expect(second.launches).toBe(2);
    expect(second.previous?.x).toBe(launched.run!.trace.x);
  });

  it('a launch with a solution’s unchanged settings is assisted; any change since makes it count', () => {
    const applied = reduce(initialPlayerState(level), { type: 'load', settings: other, seed: 1, error: null, applied: true });
    expect(reduce(applied, { type: 'launch', run: run() }).assisted).toBe(true);
    expect(reduce(applied, { type: 'settings', settings: other }, { type: 'launch', run: run() }).assisted).toBe(false);
    expect(reduce(applied, { type: 'seed', seed: 2 }, { type: 'launch', run: run() }).assisted).toBe(false);
    // The same settings from a link (not the solution button) count normally.
    const linked = reduce(initialPlayerState(level), { type: 'load', settings: other, seed: 1, error: null, applied: false }, { type: 'launch', run: run() });
    expect(linked.assisted).toBe(false);
    // Relaunching after an assisted run stays assisted while nothing changed.
    const again = reduce(applied, { type: 'launch', run: run() }, { type: 'launch', run: run() });
    expect(again.assisted).toBe(true);
  });
});

describe('live preview', () => {
  it('is hidden in a challenge until the first launch, partial until won, whole in practice', () => {
    expect(previewMode({ practice: false, won: false, launches: 0, predicted: false })).toBe('hidden');
    expect(previewMode({ practice: false, won: false, launches: 0, predicted: true })).toBe('partial');
    expect(previewMode({ practice: false, won: false, launches: 1, predicted: false })).toBe('partial');
    expect(previewMode({ practice: false, won: true, launches: 0, predicted: false })).toBe('full');
    expect(previewMode({ practice: true, won: false, launches: 0, predicted: false })).toBe('full');
  });

  it('the partial preview is a tenth of the budget, at least 10 steps', () => {
    expect([partialPreviewSteps(500), partialPreviewSteps(60), partialPreviewSteps(5), partialPreviewSteps(1001)]).toEqual([50, 10, 5, 101]);
  });
});

describe('the partial preview simulates only what it shows', () => {
  it('a run cut to the first tenth of its budget takes exactly the first steps of the whole run, on every level', async () => {
    const { LEVELS } = await import('@/content/levels');
    const { simulate, landscapeFor } = await import('@/engine');
    for (const lvl of LEVELS.values()) {
      const s = levelDefaults(lvl);
      const land = landscapeFor(lvl, s);
      const whole = simulate(lvl, s, 3, { landscape: land, record: 'checkpoints' });
      const cut = simulate({ ...lvl, budget: partialPreviewSteps(lvl.budget) }, s, 3, { landscape: land, record: 'checkpoints' });
      const n = Math.min(cut.steps, whole.steps);
      expect(Array.from(cut.x.subarray(0, n + 1)), lvl.id).toEqual(Array.from(whole.x.subarray(0, n + 1)));
      expect(Array.from(cut.y.subarray(0, n + 1)), lvl.id).toEqual(Array.from(whole.y.subarray(0, n + 1)));
    }
  });
});
