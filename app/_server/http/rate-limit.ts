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

/**
 * Publishing or editing a custom level re-runs the engine over the level (up to about a second of
 * CPU at the verification-cost limit), so it has its own, stricter bucket on top of the write
 * limit: `DESCENT_PUBLISH_LIMIT`, same syntax, default 30 an hour with bursts of 10.
 */
export const DEFAULT_PUBLISH_LIMIT = '30/3600/10';

type Entry = { spec: string | undefined; buckets: TokenBuckets | null };
const cache = globalThis as unknown as Record<symbol, Entry | undefined>;

/** The process's limiter for an environment variable (rebuilt when its value changes). */
function limiter(envName: string, fallback: string): TokenBuckets | null {
  const key = Symbol.for(`descent.rateLimit.${envName}`);
  const spec = process.env[envName];
  let entry = cache[key];
  if (!entry || entry.spec !== spec) {
    const config = parseRateLimit(spec ?? fallback);
    entry = { spec, buckets: config && new TokenBuckets(config) };
    cache[key] = entry;
  }
  return entry.buckets;
}

function limited(buckets: TokenBuckets | null, clientKey: string, what: string): Response | null {
  const wait = buckets?.take(clientKey) ?? 0;
  if (wait === 0) return null;
  return jsonError(429, `too many ${what}: try again in ${wait} s`, undefined, { 'retry-after': String(wait) });
}

/** Counts one write by `clientKey`; returns the 429 response to send when over the limit. */
export function limitWrite(clientKey: string): Response | null {
  return limited(limiter('DESCENT_RATE_LIMIT', DEFAULT_RATE_LIMIT), clientKey, 'writes');
}

/** Counts one publish or edit of a custom level (after limitWrite). */
export function limitPublish(clientKey: string): Response | null {
  return limited(limiter('DESCENT_PUBLISH_LIMIT', DEFAULT_PUBLISH_LIMIT), clientKey, 'levels published');
}
