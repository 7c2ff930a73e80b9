/**
 * Fabricated data for the /dev/scene page: a two-basin demoTerrain with a saddle between the basins,
 * sampled on a grid, and heavy-ball trajectories on it (which spiral into a basin). Development
 * only; real levels get their surfaces from the GPU adapter and their paths from the engine.
 */
import type { PathView, SurfaceGrid } from './types';

/** The demo demoTerrain: two basins (the right one deeper) joined over a saddle, slightly tilted. */
export function demoTerrain(x: number, y: number): number {
  return (x * x - 1) ** 2 + 1.2 * (y - 0.25 * x) ** 2 + 0.3 * x + 0.6 * Math.exp(-((x + 0.2) ** 2 + (y + 1.2) ** 2) * 3);
}

/** ∇ of {@link demoTerrain} by central differences (good enough for a demo). */
export function demoTerrainGrad(x: number, y: number, out: [number, number]): void {
  const h = 1e-5;
  out[0] = (demoTerrain(x + h, y) - demoTerrain(x - h, y)) / (2 * h);
  out[1] = (demoTerrain(x, y + h) - demoTerrain(x, y - h)) / (2 * h);
}

/** Samples f on an n × n grid over the box; `nanCorner` makes the top-left corner NaN. */
export function sampleGrid(
  f: (x: number, y: number) => number,
  n: number,
  x: readonly [number, number],
  y: readonly [number, number],
  nanCorner = false,
): SurfaceGrid {
  const values = new Float32Array(n * n);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const py = y[0] + ((y[1] - y[0]) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const px = x[0] + ((x[1] - x[0]) * i) / (n - 1);
      let v = f(px, py);
      if (nanCorner && px < x[0] + 0.25 * (x[1] - x[0]) && py > y[1] - 0.25 * (y[1] - y[0])) v = Number.NaN;
      values[j * n + i] = Number.isFinite(v) ? v : Number.NaN;
      if (Number.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
    }
  }
  return { nx: n, ny: n, x, y, values, min, max };
}

/** A heavy-ball run on the demoTerrain, with per-step gradients and velocities for the arrows. */
export interface DemoRun {
  readonly path: PathView;
  readonly grad: Float64Array;
  readonly vel: Float64Array;
}

/** Heavy-ball gradient descent from (x0, y0): w ← w + v, v ← μv − lr·∇f. */
export function heavyBall(x0: number, y0: number, steps: number, lr = 0.02, mu = 0.9): DemoRun {
  const x = new Float64Array(steps + 1);
  const y = new Float64Array(steps + 1);
  const grad = new Float64Array((steps + 1) * 2);
  const vel = new Float64Array((steps + 1) * 2);
  const g: [number, number] = [0, 0];
  let vx = 0;
  let vy = 0;
  x[0] = x0;
  y[0] = y0;
  for (let t = 0; t <= steps; t++) {
    demoTerrainGrad(x[t], y[t], g);
    grad[2 * t] = g[0];
    grad[2 * t + 1] = g[1];
    vx = mu * vx - lr * g[0];
    vy = mu * vy - lr * g[1];
    vel[2 * t] = vx;
    vel[2 * t + 1] = vy;
    if (t < steps) {
      x[t + 1] = x[t] + vx;
      y[t + 1] = y[t] + vy;
    }
  }
  return { path: { x, y, steps }, grad, vel };
}
