import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { gridFixture } from './grid-fixture';
import { frame3d } from './frame3d';
import { cameraPosition, chooseView, DEFAULT_VIEW, fitViewDistance, lineOfSightClear, surfacePoint } from './framing';

const grid = (f: (x: number, y: number) => number, x: [number, number], y: [number, number], nx = 121, ny = 61): SurfaceGrid => gridFixture(f, x, y, nx, ny);

/** The ravine level: a steep valley along w₁ (κ = 50), start high on its wall. */
const ravine = grid((x, y) => 0.5 * (x * x + 50 * y * y), [-3, 3], [-1.5, 1.5]);
const START = [-2.8, 0.6] as const;
const GOAL = [0, 0] as const;
/** A zig-zag down the valley, as plain SGD draws it. */
const TRAIL: [number, number][] = Array.from({ length: 12 }, (_, k) => [-2.8 + k * 0.25, 0.6 * (k % 2 ? -1 : 1) * 0.8 ** k]);

describe('chooseView', () => {
  const frame = frame3d(ravine, 'linear');
  const d = fitViewDistance(DEFAULT_VIEW, frame, 4 / 3);

  it('the usual 3/4 view of a ravine has the near wall in front of the valley floor', () => {
    const eye = cameraPosition(DEFAULT_VIEW, d);
    expect(lineOfSightClear(frame, eye, surfacePoint(frame, GOAL[0], GOAL[1]))).toBe(false);
  });

  it('picks a view from which the start, the goal and the trail are all in sight', () => {
    const choice = chooseView(frame, [START, GOAL, ...TRAIL], 4 / 3);
    expect(choice.blocked).toBe(0);
    expect(choice.elevation).toBeGreaterThan(DEFAULT_VIEW.elevation);
    const eye = cameraPosition(choice, fitViewDistance(choice, frame, 4 / 3));
    for (const [x, y] of [START, GOAL, ...TRAIL]) expect(lineOfSightClear(frame, eye, surfacePoint(frame, x, y))).toBe(true);
    // Also from farther away (a portrait phone's canvas).
    const far = cameraPosition(choice, fitViewDistance(choice, frame, 0.6));
    for (const [x, y] of [START, GOAL]) expect(lineOfSightClear(frame, far, surfacePoint(frame, x, y))).toBe(true);
  });

  it('keeps the usual view where nothing is hidden (a shallow bowl)', () => {
    const bowl = frame3d(grid((x, y) => x * x + y * y, [-2, 2], [-2, 2], 65, 65), 'linear');
    const choice = chooseView(bowl, [[-1.5, 1.5], [0, 0]]);
    expect(choice.blocked).toBe(0);
    expect(choice.azimuth).toBe(DEFAULT_VIEW.azimuth);
    expect(choice.elevation).toBe(DEFAULT_VIEW.elevation);
  });

  it('ignores non-finite points and never returns a non-finite camera', () => {
    const choice = chooseView(frame, [[Number.NaN, 0]]);
    expect(choice.points).toBe(0);
    expect(cameraPosition(choice, d).every(Number.isFinite)).toBe(true);
  });

  it('fits the surface: a narrow canvas or a wide domain puts the camera farther away', () => {
    const wide = fitViewDistance(DEFAULT_VIEW, frame, 2);
    const narrow = fitViewDistance(DEFAULT_VIEW, frame, 0.6);
    expect(narrow).toBeGreaterThan(wide);
    expect(fitViewDistance(DEFAULT_VIEW, { halfX: 5, halfZ: 5 }, 4 / 3)).toBeGreaterThan(fitViewDistance(DEFAULT_VIEW, { halfX: 5, halfZ: 1 }, 4 / 3));
    expect(Number.isFinite(fitViewDistance({ ...DEFAULT_VIEW, elevation: Math.PI / 2 - 0.05 }, frame, 4 / 3))).toBe(true);
  });
});
