/**
 * A small least-recently-used map: the player's cache of landscape grids
 * (components/player/useSurfaces.ts) and the server's cache of explanations
 * (app/_server/sim/cache.ts) both keep their last few entries with it.
 */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  /** The value under `key`, marked as recently used; undefined on a miss. */
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key); // re-inserted: Map order = least recently used first
      this.map.set(key, v);
    }
    return v;
  }

  /** Stores `value`, dropping the least recently used entries beyond the capacity. */
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  /** Drops `key` only if it still holds `value` (a newer value under the key stays). */
  deleteIf(key: string, value: V): void {
    if (this.map.get(key) === value) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
