/**
 * Explanations and run views cached by (level hash, settings, seed): the engine is deterministic,
 * so the same key always gives the same result, and a cached one returns without simulating.
 * In memory, per process, least recently used dropped first. Not in the database: the values are
 * derived and recomputable, a run view holds a trace of typed arrays (up to ≈ 1 MB) that would
 * cost a migration, serialization and cleanup to store, and a per-instance miss only costs one
 * simulation. Concurrent requests for one key share the simulation in flight.
 */
import type { Level, Settings } from '@/engine';
import { LruCache } from '@/engine/lru';
import { levelHash } from '../services/verify-run';

/** A bounded least-recently-used map of promises (a rejected one is dropped, so it is retried). */
export class PromiseLru<V> {
  private readonly entries: LruCache<Promise<V>>;

  constructor(max: number) {
    this.entries = new LruCache(max);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached (or in-flight) value, marked as recently used; undefined on a miss. */
  get(key: string): Promise<V> | undefined {
    return this.entries.get(key);
  }

  /** The value under `key`, computing it on a miss (once, however many ask at the same time). */
  getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => this.entries.deleteIf(key, value));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** JSON with object keys sorted, so equal settings give one key whatever their key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

/** The cache key of a simulation: level hash (the level as served, title included), settings, seed. */
export function simKey(level: Level, settings: Settings, seed: number): string {
  return `${levelHash(level)}|${canonical(settings)}|${seed}`;
}
