/**
 * Every gallery terrain parses with the real parser, is a valid level as the editor would build
 * it, has a sensible start and goal (and some plain setting reaches that goal), and has the
 * landmark it is named for, measured with the engine's own curvature on the level's landscape.
 * Landmarks are measured with unshifted examples (spread 0: the mean loss is f itself).
 */
import { describe, expect, it } from 'vitest';
import { curvatureAt } from '../diagnostics/curvature';
import { buildLandscape } from '../landscape/registry';
import type { Landscape } from '../landscape/types';
import { defineLevel } from '../level/define';
import type { Level } from '../level/schema';
import type { OptimizerId } from '../optim';
import { scoreLevel } from '../score';
import { DEFAULT_SETTINGS } from '../settings';
import { TERRAIN_GALLERY, galleryTerrain, type GalleryTerrain } from './gallery';
import { TERRAIN_LIMITS } from './ast';
import { parseTerrain } from './parser';

function levelOf(t: GalleryTerrain, spread: readonly [number, number] = t.spread): Level {
  return defineLevel({
    id: `gallery-${t.id}`,
    landscape: {
      family: 'terrain',
      params: { expr: t.expr, domain: { x: [...t.domain.x], y: [...t.domain.y] } },
      variation: { n: 32, spread: [spread[0], spread[1]] },
    },
    start: [t.start[0], t.start[1]],
    goal: { kind: 'region', center: [t.goal.center[0], t.goal.center[1]], radius: t.goal.radius },
    budget: 1000,
  });
}

/** The terrain itself (every example unshifted). */
function exact(id: string): Landscape {
  const t = galleryTerrain(id);
  if (!t) throw new Error(`no gallery terrain ${id}`);
  return buildLandscape(levelOf(t, [0, 0]).landscape);
}

const inside = (p: readonly [number, number], t: GalleryTerrain) =>
  p[0] > t.domain.x[0] && p[0] < t.domain.x[1] && p[1] > t.domain.y[0] && p[1] < t.domain.y[1];

describe('terrain gallery', () => {
  it('has the terrains the editor promises, with unique ids', () => {
    expect(TERRAIN_GALLERY.map((t) => t.id)).toEqual([
      'ravine', 'saddle', 'monkey-saddle', 'sharp-flat', 'plateau-cliff', 'rosenbrock', 'himmelblau',
    ]);
  });

  for (const t of TERRAIN_GALLERY) {
    it(`${t.id}: parses, is a valid level, and its start and goal make sense`, () => {
      expect(() => parseTerrain(t.expr)).not.toThrow();
      expect(t.expr.length).toBeLessThanOrEqual(TERRAIN_LIMITS.maxLength);
      expect(t.teaches.length).toBeGreaterThan(20);
      const level = levelOf(t);
      expect(inside(t.start, t)).toBe(true);
      expect(inside(t.goal.center, t)).toBe(true);
      for (const l of t.landmarks) expect(inside(l.at, t), l.name).toBe(true);
      expect(Math.hypot(t.start[0] - t.goal.center[0], t.start[1] - t.goal.center[1])).toBeGreaterThan(t.goal.radius);

      // On the level's own (shifted) examples the goal is lower than the start.
      const land = buildLandscape(level.landscape);
      expect(curvatureAt(land, t.goal.center[0], t.goal.center[1]).loss).toBeLessThan(curvatureAt(land, t.start[0], t.start[1]).loss);

      // Some plain setting reaches the goal from the start within the budget.
      const tries: { optimizer: OptimizerId; lr: number }[] = [];
      for (const optimizer of ['sgd', 'momentum', 'adam'] as OptimizerId[]) {
        for (const lr of [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3]) tries.push({ optimizer, lr });
      }
      const reached = tries.find((s) => scoreLevel(level, { ...DEFAULT_SETTINGS, ...s }).successRate > 0);
      expect(reached, 'no setting reaches the goal').toBeDefined();
    });
  }

  it('ravine: its floor and walls differ in curvature by its condition number', () => {
    const c = curvatureAt(exact('ravine'), 0, 0);
    expect(c.gradNorm).toBeLessThan(1e-12);
    expect(c.condition).toBeCloseTo(50, 6);
  });

  it('saddle: zero gradient, one negative and one positive eigenvalue; minima in the valleys', () => {
    const land = exact('saddle');
    const c = curvatureAt(land, 0, 0);
    expect(c.gradNorm).toBeLessThan(1e-12);
    expect(c.isSaddle).toBe(true);
    expect(c.eigen.values[0]).toBeCloseTo(-2, 9);
    expect(c.eigen.values[1]).toBeCloseTo(2, 9);
    const v = curvatureAt(land, 0, Math.SQRT2);
    expect(v.gradNorm).toBeLessThan(1e-9);
    expect(v.eigen.values[0]).toBeGreaterThan(0);
  });

  it('monkey saddle: gradient and Hessian vanish at the origin; a minimum in each valley', () => {
    const land = exact('monkey-saddle');
    const c = curvatureAt(land, 0, 0);
    expect(c.gradNorm).toBe(0);
    expect(Math.max(...c.eigen.values.map(Math.abs))).toBeLessThan(1e-12);
    for (const deg of [180, 60, -60]) {
      const a = (deg * Math.PI) / 180;
      const v = curvatureAt(land, 1.5 * Math.cos(a), 1.5 * Math.sin(a));
      expect(v.gradNorm, `${deg}°`).toBeLessThan(1e-9);
      expect(v.eigen.values[0], `${deg}°`).toBeGreaterThan(0);
      expect(v.loss).toBeLessThan(0);
    }
  });

  it('sharp and flat wells: both are minima, the sharp one at least 10 times sharper', () => {
    const land = exact('sharp-flat');
    const t = galleryTerrain('sharp-flat')!;
    const [sharp, flat] = t.landmarks.map((l) => curvatureAt(land, l.at[0], l.at[1]));
    for (const c of [sharp, flat]) {
      expect(c.eigen.values[0]).toBeGreaterThan(0);
      expect(c.loss).toBeLessThan(curvatureAt(land, t.start[0], t.start[1]).loss);
    }
    expect(sharp.eigen.values[1]).toBeGreaterThan(10 * flat.eigen.values[1]);
    // So a learning rate stable in the flat well (2/λmax) is unstable in the sharp one.
    expect(2 / sharp.eigen.values[1]).toBeLessThan(0.2);
    expect(2 / flat.eigen.values[1]).toBeGreaterThan(1);
    // And the lesson plays out: a small step stays in the sharp well, a large one reaches the flat.
    const level = levelOf(t);
    expect(scoreLevel(level, { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 0.01 }).successRate).toBe(0);
    expect(scoreLevel(level, { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 0.3 }).successRate).toBe(1);
  });

  it('plateau and cliff: the plateau is almost flat, the cliff 50 times steeper', () => {
    const land = exact('plateau-cliff');
    const plateau = curvatureAt(land, 3, 0);
    const cliff = curvatureAt(land, 0, 0);
    expect(plateau.gradNorm).toBeLessThan(0.03);
    expect(cliff.gradNorm).toBeGreaterThan(50 * plateau.gradNorm);
  });

  it('rosenbrock: the minimum is at (1, 1) with value 0, in a badly conditioned valley', () => {
    const c = curvatureAt(exact('rosenbrock'), 1, 1);
    expect(c.loss).toBe(0);
    expect(c.gradNorm).toBe(0);
    expect(c.eigen.values[0]).toBeGreaterThan(0);
    expect(c.condition).toBeGreaterThan(1000);
  });

  it('himmelblau: four minima, each with value ≈ 0', () => {
    const land = exact('himmelblau');
    const minima = galleryTerrain('himmelblau')!.landmarks;
    expect(minima).toHaveLength(4);
    for (const m of minima) {
      const c = curvatureAt(land, m.at[0], m.at[1]);
      expect(c.loss, m.name).toBeLessThan(1e-9);
      expect(c.gradNorm, m.name).toBeLessThan(1e-4);
      expect(c.eigen.values[0], m.name).toBeGreaterThan(0);
    }
  });
});
