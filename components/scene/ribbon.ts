/**
 * Flat ribbons draped over the surface (two vertices per point, each at the surface height of
 * its own position plus a lift): the ball's trail and the goal ring. Pure typed-array code, no
 * three.js; the caller owns (and reuses) every buffer.
 */
import type { Frame3D } from './frame3d';

/** Triangle index for a strip of up to `maxPoints` points (6 entries per segment). */
export function ribbonIndex(maxPoints: number): Uint32Array {
  const index = new Uint32Array(Math.max(0, maxPoints - 1) * 6);
  for (let k = 0; k < maxPoints - 1; k++) {
    const a = 2 * k; // left k, right k = a + 1; left k+1 = a + 2, right k+1 = a + 3
    index.set([a, a + 1, a + 2, a + 1, a + 3, a + 2], k * 6);
  }
  return index;
}

/**
 * Writes the ribbon through parameter points (px[k], py[k]), k < n, into `positions`
 * (6 floats per point: left then right vertex). `halfWidth` and `lift` are world units. With
 * `closed`, the first and last points are treated as neighbours (use for rings whose last
 * point repeats the first).
 */
export function writeRibbon(
  frame: Frame3D,
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  n: number,
  halfWidth: number,
  lift: number,
  positions: Float32Array,
  closed = false,
): void {
  let nx = 1;
  let nz = 0; // last good normal, reused where the tangent vanishes
  for (let k = 0; k < n; k++) {
    const prev = k > 0 ? k - 1 : closed && n > 2 ? n - 2 : k;
    const next = k < n - 1 ? k + 1 : closed && n > 2 ? 1 : k;
    const tx = frame.worldX(px[next]) - frame.worldX(px[prev]);
    const tz = frame.worldZ(py[next]) - frame.worldZ(py[prev]);
    const len = Math.hypot(tx, tz);
    if (len > 1e-9) {
      nx = -tz / len;
      nz = tx / len;
    }
    const cx = frame.worldX(px[k]);
    const cz = frame.worldZ(py[k]);
    for (let side = 0; side < 2; side++) {
      const s = side === 0 ? halfWidth : -halfWidth;
      const wx = cx + nx * s;
      const wz = cz + nz * s;
      const o = k * 6 + side * 3;
      positions[o] = wx;
      positions[o + 1] = frame.surfaceY(frame.paramX(wx), frame.paramY(wz)) + lift;
      positions[o + 2] = wz;
    }
  }
}
