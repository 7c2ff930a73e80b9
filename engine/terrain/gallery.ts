/**
 * Starting terrains for teachers: each a readable terrain-language expression with the idea it
 * teaches, a domain, a sensible start and a goal disc, ready to insert into the editor's custom
 * terrain. Plain data. gallery.test.ts parses every expression with the real parser, builds each
 * entry as a level (defineLevel) and checks its landmark with the engine: the saddle's Hessian
 * has one negative and one positive eigenvalue, the ravine is ill-conditioned, Rosenbrock's
 * minimum is at (1, 1), Himmelblau has four minima at value 0, the sharp well is sharper than
 * the flat one, the plateau is flat beside its cliff, the monkey saddle is flat to second order.
 */

/** A named point of interest on a gallery terrain (where its lesson happens). */
export interface GalleryLandmark {
  readonly name: string;
  readonly at: readonly [number, number];
}

/** One starting terrain. */
export interface GalleryTerrain {
  /** Stable id (kebab-case). */
  readonly id: string;
  /** Short name shown on the Insert button. */
  readonly name: string;
  /** One line: what a level on this terrain teaches. */
  readonly teaches: string;
  /** f(x, y) in the terrain language. */
  readonly expr: string;
  /** The domain shown and played. */
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Where the ball starts. */
  readonly start: readonly [number, number];
  /** The goal disc. */
  readonly goal: { readonly center: readonly [number, number]; readonly radius: number };
  /** Per-example shift spread (x, y), tuned to the terrain's scale. */
  readonly spread: readonly [number, number];
  /** Where the lesson happens (the test checks each one's geometry). */
  readonly landmarks: readonly GalleryLandmark[];
}

/** The gallery, in the order the editor lists it. */
export const TERRAIN_GALLERY: readonly GalleryTerrain[] = Object.freeze([
  {
    id: 'ravine',
    name: 'Ravine',
    teaches: 'A long narrow valley (condition number 50): plain gradient descent zig-zags across it; momentum follows the floor.',
    expr: '0.5*(x^2 + 50*y^2)',
    domain: { x: [-3, 3], y: [-1.5, 1.5] },
    start: [-2.5, 1],
    goal: { center: [0, 0], radius: 0.2 },
    spread: [0.05, 0.02],
    landmarks: [{ name: 'minimum', at: [0, 0] }],
  },
  {
    id: 'saddle',
    name: 'Saddle',
    teaches: 'A saddle at the origin between two valleys: a run that starts on the ridge slows down there before it escapes.',
    expr: 'x^2 - y^2 + y^4/4',
    domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
    start: [1.5, 0.05],
    goal: { center: [0, 1.41], radius: 0.3 },
    spread: [0.05, 0.05],
    landmarks: [
      { name: 'saddle', at: [0, 0] },
      { name: 'valley', at: [0, Math.SQRT2] },
    ],
  },
  {
    id: 'monkey-saddle',
    name: 'Monkey saddle',
    teaches: 'Gradient and curvature both vanish at the origin: steps crawl across the flat point, and momentum or Adam carry through.',
    expr: 'x^3 - 3*x*y^2 + 0.5*(x^2 + y^2)^2',
    domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
    start: [0.4, 0.05],
    goal: { center: [-1.5, 0], radius: 0.3 },
    spread: [0.05, 0.05],
    landmarks: [
      { name: 'monkey saddle', at: [0, 0] },
      { name: 'valley', at: [-1.5, 0] },
    ],
  },
  {
    id: 'sharp-flat',
    name: 'Sharp and flat wells',
    teaches: 'A narrow well near the start and a wide one farther off: a large learning rate cannot settle in the sharp well and ends in the flat one.',
    expr: '0.05*(x^2 + y^2) - 1.5*bump(-1.5, 0.5, 0.25) - bump(1.5, -0.5, 1)',
    domain: { x: [-3.5, 3.5], y: [-3, 3] },
    start: [-1.1, 0.9],
    goal: { center: [1.5, -0.5], radius: 0.6 },
    spread: [0.05, 0.05],
    landmarks: [
      { name: 'sharp well', at: [-1.5, 0.5] },
      { name: 'flat well', at: [1.5, -0.5] },
    ],
  },
  {
    id: 'plateau-cliff',
    name: 'Plateau and cliff',
    teaches: 'Almost no gradient on the plateau (it looks converged), then a cliff whose steep slope throws a large step far away.',
    expr: '2*sigmoid(4*x) + 0.02*x + softplus(-3*(x + 3)) + 0.5*y^2',
    domain: { x: [-4, 5], y: [-2, 2] },
    start: [3, 0.5],
    goal: { center: [-2.3, 0], radius: 0.7 },
    spread: [0.05, 0.05],
    landmarks: [
      { name: 'plateau', at: [3, 0] },
      { name: 'cliff', at: [0, 0] },
    ],
  },
  {
    id: 'rosenbrock',
    name: 'Rosenbrock',
    teaches: 'A curved banana valley: easy to fall into, slow to follow to the minimum at (1, 1).',
    expr: '(1 - x)^2 + 100*(y - x^2)^2',
    domain: { x: [-2, 2], y: [-1, 3] },
    start: [-1.2, 1],
    goal: { center: [1, 1], radius: 0.1 },
    spread: [0.003, 0.003],
    landmarks: [{ name: 'minimum', at: [1, 1] }],
  },
  {
    id: 'himmelblau',
    name: 'Himmelblau',
    teaches: 'Four minima of equal depth (0): where you start, and the noise of the batches, decide which one you reach.',
    expr: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    domain: { x: [-5, 5], y: [-5, 5] },
    start: [0, 0],
    goal: { center: [3, 2], radius: 0.3 },
    spread: [0.05, 0.05],
    landmarks: [
      { name: 'minimum A', at: [3, 2] },
      { name: 'minimum B', at: [-2.805118, 3.131312] },
      { name: 'minimum C', at: [-3.77931, -3.283186] },
      { name: 'minimum D', at: [3.584428, -1.848126] },
    ],
  },
]);

/** The gallery entry with this id, if any. */
export function galleryTerrain(id: string): GalleryTerrain | undefined {
  return TERRAIN_GALLERY.find((t) => t.id === id);
}
