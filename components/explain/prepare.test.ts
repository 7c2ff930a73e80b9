import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { levelDefaults, resolveSettings } from '@/engine';
import { prepareRunView } from './prepare';
import { GRID_SIZE } from './loss-grid';

describe('prepareRunView', () => {
  it('saddle-escape defaults: a stall explained, a map with contour lines and the goal iso-line', () => {
    const level = getLevel('saddle-escape')!;
    const v = prepareRunView(level, levelDefaults(level), 1);
    expect(v.trace.steps).toBe(level.budget);
    expect(v.last).toBe(level.budget);
    expect(v.explanation.findings[0].kind).toBe('saddle-stall');
    expect(v.score.seeds).toHaveLength(level.seeds);
    expect(v.map.n).toBe(GRID_SIZE);
    expect(v.map.levels.length).toBeGreaterThan(8);
    expect(v.map.levels.every((l) => l.lines.length > 0)).toBe(true);
    expect(v.map.goalLines).not.toBeNull();
  });

  it('a diverged run stops the drawing where it ran off and keeps the map near the domain', () => {
    const level = getLevel('ravine-momentum')!;
    const r = resolveSettings(level, { lr: 0.05 });
    if (!r.ok) throw new Error(r.message);
    const v = prepareRunView(level, r.settings, 1);
    expect(v.explanation.outcome).toBe('diverged');
    expect(v.last).toBeLessThan(v.trace.steps);
    const { x, y } = v.land.domain;
    expect(v.map.box.x[1] - v.map.box.x[0]).toBeLessThanOrEqual(2 * (x[1] - x[0]) + 1e-9);
    expect(v.map.box.y[1] - v.map.box.y[0]).toBeLessThanOrEqual(2 * (y[1] - y[0]) + 1e-9);
    expect(v.map.goalLines).toBeNull(); // region goal
  });
});
