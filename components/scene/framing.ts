/**
 * Camera framing for the 3-D view, pure (no three.js): the default orbit parameters, the
 * distance that fits the surface at an aspect, camera presets, and {@link chooseView}, which
 * picks the default direction so that no part of the surface stands between the camera and the
 * points that matter (start, goal, minimum, the trail). On a ravine the near wall would hide the
 * valley floor from the usual 3/4 view: the chooser then looks down more steeply or along the
 * valley, preferring the smallest change from the usual view.
 */
import { type Frame3D, WORLD } from './frame3d';

/** Default view: azimuth and elevation (radians), field of view (degrees), orbit limits. */
export const VIEW = {
  azimuth: 0.55,
  elevation: 0.62,
  fov: 38,
  targetY: WORLD.height * 0.3,
  minDistance: 5,
  maxDistance: 60,
  /** Orbit limits on the elevation (OrbitControls' polar angle is π/2 − elevation). */
  minElevation: 0.12,
  maxElevation: Math.PI / 2 - 0.05,
} as const;

/** Candidates tried by {@link chooseView}, and the weights of its preference. */
export const FRAMING = {
  elevations: [0.62, 0.75, 0.9, 1.05, 1.2, 1.35, 1.5],
  /** Azimuth offsets from the default, in steps of π/8 (both ways round). */
  azimuthSteps: 16,
  /** Cost of one radian of extra elevation / of azimuth away from the default. */
  elevationCost: 1,
  azimuthCost: 1.6,
  /** Samples per line of sight. */
  samples: 72,
  /** The point looked at sits this high above the surface (just above the trail). */
  lift: 0.08,
  /** The last stretch of a sight line (world units) is not tested: the slope under the point. */
  skipNear: 0.45,
} as const;

/** An orbit camera: direction around a target plus distance. */
export interface OrbitView {
  readonly azimuth: number;
  readonly elevation: number;
  readonly target: readonly [number, number, number];
}

/** The chosen view and how many points of interest it sees. */
export interface ViewChoice extends OrbitView {
  readonly blocked: number;
  readonly points: number;
}

/** Share of the screen the fitted box may fill, and how far (world) past the surface's edges the axis labels reach. */
export const FIT = { fill: 0.9, pad: 0.7 } as const;

/**
 * The smallest distance at which the surface's box (its domain × [0, WORLD.height], padded for
 * the axis labels) fits the screen from this direction, at this aspect (width / height).
 */
export function fitViewDistance(v: OrbitView, half: { readonly halfX: number; readonly halfZ: number }, aspect: number): number {
  const ce = Math.cos(v.elevation);
  const e = [ce * Math.sin(v.azimuth), Math.sin(v.elevation), ce * Math.cos(v.azimuth)]; // target → camera
  // right = −e × up = (e_z, 0, −e_x) normalized; up' = right × forward.
  const rl = Math.hypot(e[0], e[2]) || 1;
  const r = [e[2] / rl, 0, -e[0] / rl];
  const u = [-(r[1] * e[2] - r[2] * e[1]), -(r[2] * e[0] - r[0] * e[2]), -(r[0] * e[1] - r[1] * e[0])];
  const tanV = Math.tan(((VIEW.fov / 2) * Math.PI) / 180) * FIT.fill;
  const tanH = tanV * Math.max(aspect, 0.2);
  let d: number = VIEW.minDistance;
  for (const cx of [-1, 1]) {
    for (const cy of [0, 1]) {
      for (const cz of [-1, 1]) {
        const q = [cx * (half.halfX + FIT.pad) - v.target[0], cy * WORLD.height - v.target[1], cz * (half.halfZ + FIT.pad) - v.target[2]];
        const along = q[0] * e[0] + q[1] * e[1] + q[2] * e[2];
        const x = Math.abs(q[0] * r[0] + q[1] * r[1] + q[2] * r[2]);
        const y = Math.abs(q[0] * u[0] + q[1] * u[1] + q[2] * u[2]);
        d = Math.max(d, x / tanH + along, y / tanV + along);
      }
    }
  }
  return Math.min(VIEW.maxDistance, d);
}

/** World position of a camera at `distance` from the view's target. */
export function cameraPosition(v: OrbitView, distance: number): [number, number, number] {
  const ce = Math.cos(v.elevation);
  return [
    v.target[0] + distance * ce * Math.sin(v.azimuth),
    v.target[1] + distance * Math.sin(v.elevation),
    v.target[2] + distance * ce * Math.cos(v.azimuth),
  ];
}

/** The usual 3/4 view. */
export const DEFAULT_VIEW: OrbitView = { azimuth: VIEW.azimuth, elevation: VIEW.elevation, target: [0, VIEW.targetY, 0] };

/** Camera presets: straight down (w₁ right, w₂ up, like the 2-D map) and from the side (loss over w₁). */
export const PRESETS = {
  top: { azimuth: 0, elevation: VIEW.maxElevation, target: [0, VIEW.targetY, 0] },
  side: { azimuth: 0, elevation: VIEW.minElevation, target: [0, WORLD.height * 0.45, 0] },
} as const satisfies Record<string, OrbitView>;

/** World point a little above the surface at parameter (x, y). */
export function surfacePoint(frame: Frame3D, x: number, y: number, lift: number = FRAMING.lift): [number, number, number] {
  const cx = frame.clampX(x);
  const cy = frame.clampY(y);
  return [frame.worldX(cx), frame.surfaceY(cx, cy) + lift, frame.worldZ(cy)];
}

/**
 * Whether the segment from `eye` to `point` (world) clears the surface: no sample on it, except
 * the last FRAMING.skipNear units, lies below the surface inside the domain.
 */
export function lineOfSightClear(frame: Frame3D, eye: readonly number[], point: readonly number[]): boolean {
  const dx = point[0] - eye[0];
  const dy = point[1] - eye[1];
  const dz = point[2] - eye[2];
  const len = Math.hypot(dx, dy, dz);
  if (!(len > 0)) return true;
  const tMax = 1 - FRAMING.skipNear / len;
  for (let s = 1; s <= FRAMING.samples; s++) {
    const t = (s / FRAMING.samples) * tMax;
    const wx = eye[0] + dx * t;
    const wz = eye[2] + dz * t;
    if (Math.abs(wx) > frame.halfX || Math.abs(wz) > frame.halfZ) continue;
    if (eye[1] + dy * t < frame.surfaceY(frame.paramX(wx), frame.paramY(wz))) return false;
  }
  return true;
}

/** Smallest angle between two azimuths. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * The default view for a surface and its points of interest (parameter coordinates): among the
 * candidate directions, the one that sees every point (else the most points) at the least cost
 * (extra elevation, turning away from the usual azimuth), each seen from the distance that fits
 * the surface at `aspect` (width / height; the canvas is 4:3 in the player).
 */
export function chooseView(frame: Frame3D, points: readonly (readonly [number, number])[], aspect = 4 / 3): ViewChoice {
  const targets = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]) => surfacePoint(frame, x, y));
  let best: ViewChoice = { ...DEFAULT_VIEW, blocked: Number.POSITIVE_INFINITY, points: targets.length };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const elevation of FRAMING.elevations) {
    for (let k = 0; k < FRAMING.azimuthSteps; k++) {
      // 0, +1, −1, +2, −2, … steps of π/8 away from the usual azimuth.
      const step = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
      const azimuth = VIEW.azimuth + (step * 2 * Math.PI) / FRAMING.azimuthSteps;
      const view: OrbitView = { azimuth, elevation, target: DEFAULT_VIEW.target };
      const eye = cameraPosition(view, fitViewDistance(view, frame, aspect));
      let blocked = 0;
      for (const p of targets) if (!lineOfSightClear(frame, eye, p)) blocked++;
      const cost =
        blocked * 1000 +
        (elevation - VIEW.elevation) * FRAMING.elevationCost +
        angleBetween(azimuth, VIEW.azimuth) * FRAMING.azimuthCost;
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = { ...view, blocked, points: targets.length };
      }
    }
  }
  return best;
}
