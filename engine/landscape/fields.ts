/**
 * Closed-form terrains with exact gradients and Hessians (checked against finite differences in
 * fields.test.ts). Each factory returns a Field2; families turn them into landscapes.
 */
import type { Field2, Order } from './field';

const sigmoid = (u: number) => (u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u)));
const softplus = (u: number) => (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)));

/**
 * Ill-conditioned quadratic ½ (w − c)ᵀH(w − c), H = scale·R(angle)·diag(1, kappa)·R(angle)ᵀ
 * (the steep axis is w2 at angle 0), minimum at c.
 */
export function quadraticField(kappa: number, scale: number, angleDeg: number, cx = 0, cy = 0): Field2 {
  const t = (angleDeg * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  // Columns of R: e1 → (c, s), e2 → (−s, c).
  const hxx = scale * (c * c + kappa * s * s);
  const hxy = scale * (c * s - kappa * s * c);
  const hyy = scale * (s * s + kappa * c * c);
  return {
    eval(px, py, out, order) {
      const x = px - cx;
      const y = py - cy;
      const gx = hxx * x + hxy * y;
      const gy = hxy * x + hyy * y;
      if (order >= 1) {
        out[0] = gx;
        out[1] = gy;
      }
      if (order === 2) {
        out[2] = hxx;
        out[3] = hxy;
        out[4] = hyy;
      }
      return 0.5 * (x * gx + y * gy);
    },
  };
}

/** Bounded saddle a·x² − b·y² + c·y⁴: saddle at 0 (eigenvalues 2a, −2b), minima at y = ±√(b/2c). */
export function saddleField(a: number, b: number, c: number): Field2 {
  return {
    eval(x, y, out, order) {
      const y2 = y * y;
      if (order >= 1) {
        out[0] = 2 * a * x;
        out[1] = -2 * b * y + 4 * c * y2 * y;
      }
      if (order === 2) {
        out[2] = 2 * a;
        out[3] = 0;
        out[4] = -2 * b + 12 * c * y2;
      }
      return a * x * x - b * y2 + c * y2 * y2;
    },
  };
}

/** Monkey saddle x³ − 3xy² made bounded by c·(x² + y²)²: a flat point with three descending valleys. */
export function monkeySaddleField(c: number): Field2 {
  return {
    eval(x, y, out, order) {
      const x2 = x * x;
      const y2 = y * y;
      const r2 = x2 + y2;
      if (order >= 1) {
        out[0] = 3 * x2 - 3 * y2 + 4 * c * r2 * x;
        out[1] = -6 * x * y + 4 * c * r2 * y;
      }
      if (order === 2) {
        out[2] = 6 * x + 4 * c * (3 * x2 + y2);
        out[3] = -6 * y + 8 * c * x * y;
        out[4] = -6 * x + 4 * c * (x2 + 3 * y2);
      }
      return x2 * x - 3 * x * y2 + c * r2 * r2;
    },
  };
}

/** Parameters of the plateau-then-cliff terrain (see plateauCliffField). */
export interface PlateauCliffParams {
  /** Height of the plateau above the valley floor. */
  readonly height: number;
  /** Steepness of the cliff. */
  readonly steepness: number;
  /** w1 position of the cliff edge. */
  readonly edge: number;
  /** Gentle downhill slope across the plateau (per unit of w1). */
  readonly slope: number;
  /** w1 position of the soft wall that closes the valley on the left. */
  readonly wall: number;
  /** Curvature across the valley (w2 direction). */
  readonly across: number;
}

/**
 * height·σ(steepness·(x − edge)) + slope·x + softplus(−3(x − wall)) + across·y²:
 * a high plateau (x > edge) whose only gradient is the tiny slope, a cliff, and a valley
 * closed by a soft wall; the minimum sits just right of the wall.
 */
export function plateauCliffField(p: PlateauCliffParams): Field2 {
  const wallK = 3;
  return {
    eval(x, y, out, order) {
      const s1 = sigmoid(p.steepness * (x - p.edge));
      const u = -wallK * (x - p.wall);
      const s2 = sigmoid(u);
      if (order >= 1) {
        out[0] = p.height * p.steepness * s1 * (1 - s1) + p.slope - wallK * s2;
        out[1] = 2 * p.across * y;
      }
      if (order === 2) {
        out[2] = p.height * p.steepness * p.steepness * s1 * (1 - s1) * (1 - 2 * s1) + wallK * wallK * s2 * (1 - s2);
        out[3] = 0;
        out[4] = 2 * p.across;
      }
      return p.height * s1 + p.slope * x + softplus(u) + p.across * y * y;
    },
  };
}

/** Parameters of the two-basin terrain (see sharpFlatField). */
export interface SharpFlatParams {
  readonly sharpAt: readonly [number, number];
  readonly sharpWidth: number;
  readonly sharpDepth: number;
  readonly flatAt: readonly [number, number];
  readonly flatWidth: number;
  readonly flatDepth: number;
  /** Curvature of the gentle bowl centred on the flat basin that keeps the terrain bounded. */
  readonly bowl: number;
}

/**
 * bowl·|w − flatAt|² − sharpDepth·G(w; sharpAt, sharpWidth) − flatDepth·G(w; flatAt, flatWidth),
 * G a unit-height Gaussian bump, shifted up by sharpDepth + flatDepth so the loss is positive as
 * a real loss is (Keskar's sharpness divides by 1 + f). A narrow deep well beside a wide one.
 */
export function sharpFlatField(p: SharpFlatParams): Field2 {
  const [sx, sy] = p.sharpAt;
  const [fcx, fcy] = p.flatAt;
  const si = 1 / (p.sharpWidth * p.sharpWidth);
  const fi = 1 / (p.flatWidth * p.flatWidth);
  const sd = p.sharpDepth;
  const fd = p.flatDepth;
  const q = p.bowl;
  const offset = sd + fd;
  return {
    eval(x, y, out, order) {
      // Bowl and flat well share the centre; the sharp well is the second Gaussian.
      const fx = x - fcx;
      const fy = y - fcy;
      const ax = x - sx;
      const ay = y - sy;
      const gf = fd * Math.exp(-0.5 * (fx * fx + fy * fy) * fi);
      const gs = sd * Math.exp(-0.5 * (ax * ax + ay * ay) * si);
      if (order >= 1) {
        // ∇(−g) = g·d/σ²
        out[0] = 2 * q * fx + gf * fx * fi + gs * ax * si;
        out[1] = 2 * q * fy + gf * fy * fi + gs * ay * si;
        if (order === 2) {
          // ∇²(−g) = g·(I/σ² − d dᵀ/σ⁴)
          out[2] = 2 * q + gf * (fi - fx * fx * fi * fi) + gs * (si - ax * ax * si * si);
          out[3] = -gf * fx * fy * fi * fi - gs * ax * ay * si * si;
          out[4] = 2 * q + gf * (fi - fy * fy * fi * fi) + gs * (si - ay * ay * si * si);
        }
      }
      return q * (fx * fx + fy * fy) + offset - gf - gs;
    },
  };
}

/** Rosenbrock (a − x)² + b(y − x²)²: a curved, flat-bottomed valley; minimum at (a, a²). */
export function rosenbrockField(a: number, b: number): Field2 {
  return {
    eval(x, y, out, order) {
      const r = y - x * x;
      if (order >= 1) {
        out[0] = -2 * (a - x) - 4 * b * x * r;
        out[1] = 2 * b * r;
      }
      if (order === 2) {
        out[2] = 2 - 4 * b * y + 12 * b * x * x;
        out[3] = -4 * b * x;
        out[4] = 2 * b;
      }
      return (a - x) * (a - x) + b * r * r;
    },
  };
}

/** Himmelblau (x² + y − 11)² + (x + y² − 7)²: four minima of value 0, e.g. (3, 2). */
export function himmelblauField(): Field2 {
  return {
    eval(x, y, out, order) {
      const A = x * x + y - 11;
      const B = x + y * y - 7;
      if (order >= 1) {
        out[0] = 4 * x * A + 2 * B;
        out[1] = 2 * A + 4 * y * B;
      }
      if (order === 2) {
        out[2] = 4 * A + 8 * x * x + 2;
        out[3] = 4 * x + 4 * y;
        out[4] = 2 + 4 * B + 8 * y * y;
      }
      return A * A + B * B;
    },
  };
}

const BEALE_C = [1.5, 2.25, 2.625] as const;

/** Beale Σₖ (cₖ − x + x·yᵏ)², k = 1..3: flat plateaus and sharp ridges; minimum at (3, 0.5). */
export function bealeField(): Field2 {
  return {
    eval(x, y, out, order: Order) {
      let v = 0;
      let gx = 0;
      let gy = 0;
      let hxx = 0;
      let hxy = 0;
      let hyy = 0;
      let yk1 = 1; // y^(k−1)
      for (let k = 1; k <= 3; k++) {
        const yk = yk1 * y;
        const r = BEALE_C[k - 1] - x + x * yk;
        const rx = yk - 1;
        const ry = k * x * yk1;
        const rxy = k * yk1;
        const ryy = k >= 2 ? k * (k - 1) * x * (k === 2 ? 1 : y) : 0;
        v += r * r;
        gx += 2 * r * rx;
        gy += 2 * r * ry;
        hxx += 2 * rx * rx;
        hxy += 2 * (rx * ry + r * rxy);
        hyy += 2 * (ry * ry + r * ryy);
        yk1 = yk;
      }
      if (order >= 1) {
        out[0] = gx;
        out[1] = gy;
      }
      if (order === 2) {
        out[2] = hxx;
        out[3] = hxy;
        out[4] = hyy;
      }
      return v;
    },
  };
}

/** Numerically safe logistic function σ(u). */
export { sigmoid, softplus };
