/**
 * Per-IP rate limit on writes: a token bucket per client IP, in this process's memory.
 *
 * `DESCENT_RATE_LIMIT` = `<writes>/<seconds>[/<burst>]` (default `60/60`: 60 writes a minute,
 * bursts of up to half that, 30), or `off`. A request that finds the bucket empty gets 429 with
 * Retry-After. With several app instances each keeps its own buckets (see app/_server/README.md).
 */
import { jsonError } from './responses';

/** A parsed rate-limit setting. */
export interface RateLimitConfig {
  /** Tokens added per second. */
  readonly perSecond: number;
  /** Bucket capacity. */
  readonly burst: number;
}

/** The default: 60 writes per 60 s, burst 30. */
export const DEFAULT_RATE_LIMIT = '60/60';
/** Buckets kept at most; beyond this the oldest-touched are dropped (memory stays bounded). */
const MAX_BUCKETS = 50_000;

/** Parses `<writes>/<seconds>[/<burst>]` or `off` (null); throws on anything else. */
export function parseRateLimit(spec: string | undefined): RateLimitConfig | null {
  const text = (spec ?? DEFAULT_RATE_LIMIT).trim().toLowerCase() || DEFAULT_RATE_LIMIT;
  if (text === 'off') return null;
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(text);
  const writes = Number(m?.[1]);
  const seconds = Number(m?.[2]);
  if (!m || !(writes > 0) || !(seconds > 0)) throw new Error(`DESCENT_RATE_LIMIT must be "<writes>/<seconds>[/<burst>]" or "off", not "${spec}"`);
  const burst = m[3] !== undefined ? Number(m[3]) : Math.max(1, Math.ceil(writes / 2));
  if (!(burst >= 1)) throw new Error(`DESCENT_RATE_LIMIT burst must be at least 1, not "${spec}"`);
  return { perSecond: writes / seconds, burst };
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets keyed by client (an IP address). */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const t = this.now();
    const { perSecond, burst } = this.config;
    let b = this.buckets.get(key);
    if (b) {
      this.buckets.delete(key); // re-inserted below: Map order = least recently used first
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
      b.at = t;
    } else {
      b = { tokens: burst, at: t };
      if (this.buckets.size >= MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value as string);
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  }
}

const CACHE_KEY = Symbol.for('descent.rateLimit');
type Cache = { [CACHE_KEY]?: { spec: string | undefined; buckets: TokenBuckets | null } };
const cache = globalThis as unknown as Cache;

/** The process's write limiter for the current DESCENT_RATE_LIMIT (rebuilt when it changes). */
function writeLimiter(): TokenBuckets | null {
  const spec = process.env.DESCENT_RATE_LIMIT;
  let entry = cache[CACHE_KEY];
  if (!entry || entry.spec !== spec) {
    const config = parseRateLimit(spec);
    entry = { spec, buckets: config && new TokenBuckets(config) };
    cache[CACHE_KEY] = entry;
  }
  return entry.buckets;
}

/** Counts one write by `clientKey`; returns the 429 response to send when over the limit. */
export function limitWrite(clientKey: string): Response | null {
  const wait = writeLimiter()?.take(clientKey) ?? 0;
  if (wait === 0) return null;
  return jsonError(429, `too many writes: try again in ${wait} s`, undefined, { 'retry-after': String(wait) });
}
