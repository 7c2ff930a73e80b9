/**
 * Seeded pseudo-random numbers. Every random choice in the engine (datasets, batches, shuffles)
 * draws from an Rng passed in explicitly, so the same seed gives the same run on every machine.
 * Generator: sfc32 (Small Fast Counter), seeded through splitmix32; 32-bit integer arithmetic
 * only, so results are bit-identical across JS engines.
 */

/** A deterministic random source. */
export interface Rng {
  /** Uniform float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal N(0, 1) (Box–Muller, no cached spare: keeps the stream position simple). */
  normal(): number;
  /** A new independent generator derived from this one's stream (for sub-streams). */
  fork(): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const sm = splitmix32(seed);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }

  private u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  next(): number {
    return this.u32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  normal(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  fork(): Rng {
    return new Sfc32(this.u32() ^ 0x5bd1e995);
  }
}

/** Creates a generator from an integer seed (any 32-bit value). */
export function createRng(seed: number): Rng {
  return new Sfc32(seed | 0);
}

/** Fisher–Yates shuffle of `arr` in place, drawing from `rng`. */
export function shuffleInPlace(arr: Int32Array | number[], rng: Rng): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  }
}
