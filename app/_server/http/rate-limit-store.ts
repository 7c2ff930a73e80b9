/**
 * Where the rate limits count: rate-limiter-flexible's limiters, in this process's memory
 * (RateLimiterMemory) or in Postgres (RateLimiterPostgres on the app's `pg` pool, table
 * `rate_limit_buckets` from migration 0007), where every app instance counts in the same rows.
 *
 * The limiters count in fixed windows: a setting of `<n>/<seconds>/<burst>` allows `burst`
 * requests per window of `burst / (n / seconds)` seconds — the same average rate, and at most the
 * burst within one window (two back-to-back windows can let through twice the burst).
 */
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A parsed rate-limit setting. */
export interface RateLimitConfig {
  /** Requests allowed per second on average. */
  readonly perSecond: number;
  /** Requests allowed at once (per window). */
  readonly burst: number;
}

/** The table of the Postgres store (created by the migrations, never by the library). */
export const RATE_LIMIT_TABLE = 'rate_limit_buckets';

/** One bucket a request takes from: which limit (a key prefix), its setting, and whose key. */
export interface BucketTake {
  /** Names the limit, e.g. `write-player`; the stored key is `<limit>:<key>`. */
  readonly limit: string;
  readonly config: RateLimitConfig;
  /** A player id or an address. */
  readonly key: string;
}

/** The fixed window of a setting: `burst` points per `burst / perSecond` seconds (≥ 1 s). */
export function windowOf(config: RateLimitConfig): { points: number; durationS: number } {
  return { points: config.burst, durationS: Math.max(1, Math.round(config.burst / config.perSecond)) };
}

/** Rate-limit counters in one store: memory (pool null) or Postgres (the pool given). */
export class RateLimitStore {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(readonly pool: Pool | null) {}

  /**
   * Counts one request in each bucket, in order, and stops at the first that is spent (so a
   * request refused by its player's bucket costs the shared per-address bucket nothing).
   * Resolves 0 when every bucket allowed it, else the seconds until the spent one refills.
   * Rejects when the Postgres store fails (the caller decides what an outage means).
   */
  async take(takes: readonly BucketTake[]): Promise<number> {
    for (const { limit, config, key } of takes) {
      try {
        await this.limiter(limit, config).consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      }
    }
    return 0;
  }

  private limiter(limit: string, config: RateLimitConfig): RateLimiterAbstract {
    const { points, durationS } = windowOf(config);
    const id = `${limit}|${points}|${durationS}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { keyPrefix: limit, points, duration: durationS };
      limiter = this.pool
        ? new RateLimiterPostgres({
            ...options,
            storeClient: this.pool,
            storeType: 'pool',
            tableName: RATE_LIMIT_TABLE,
            // The table comes from the project's migrations, which run before any request is
            // served; the library would otherwise issue CREATE TABLE from every instance.
            tableCreated: true,
            // A key past its limit is refused from this instance's memory until its window
            // ends (it could only be refused anyway): a flood costs Postgres one statement per
            // instance and window, not one per request.
            inMemoryBlockOnConsumed: points + 1,
          })
        : new RateLimiterMemory(options);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}
