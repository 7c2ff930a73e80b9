/**
 * Rate limits, sized for a classroom: every limited request counts against two buckets —
 * its player's (the `descent_pid` cookie; requests without one skip it) and its address's (the
 * socket address the custom server recorded, ./client.ts), whose ceiling lets a class of ~40
 * behind one school NAT play normally. A refused request answers 429 with Retry-After.
 *
 * Settings (per player / per address, defaults below and in app/_server/README.md):
 * - writes (`limitWrite`): `DESCENT_RATE_LIMIT` 60/60 (burst 30) / `DESCENT_RATE_LIMIT_PER_ADDRESS` 600/60/300;
 * - publishes (`limitPublish`): `DESCENT_PUBLISH_LIMIT` 30/3600/10 / `DESCENT_PUBLISH_LIMIT_PER_ADDRESS` 240/3600/80;
 * - simulating reads (`limitSimulatingRead`): `DESCENT_SIMULATE_LIMIT` 60/60 / `DESCENT_SIMULATE_LIMIT_PER_ADDRESS` 600/60/300.
 *
 * Syntax `<requests>/<seconds>[/<burst>]` (burst defaults to half the requests), or `off`. `off`
 * on the per-player setting switches the whole limit off; on the per-address one, the ceiling only.
 *
 * With `DATABASE_URL` set the buckets live in Postgres and every instance shares them; on the
 * embedded PGlite they live in this process's memory (./rate-limit-store.ts). If the Postgres
 * store fails (an outage, a timeout), the request is counted in this instance's memory instead
 * and a warning is logged (at most once a minute): a limiter never turns an outage into a 500,
 * and never lifts the limits altogether.
 */
import { getDb } from '../db/db';
import { getIpSalt } from '../db/secrets';
import type { Db } from '../db/types';
import { clientIp, hashIp, playerIdOf, playerKey, type HasHeaders } from './client';
import { jsonError } from './responses';
import { RateLimitStore, type BucketTake, type RateLimitConfig } from './rate-limit-store';

export type { RateLimitConfig } from './rate-limit-store';

/** Writes per player: 60 a minute, bursts of 30. */
export const DEFAULT_RATE_LIMIT = '60/60';
/**
 * Writes per address: 40 students each submitting a run and saving progress about every 10 s
 * make ~480 writes a minute; 600 a minute with bursts of 300 leaves room for the whole class
 * pressing Run at once.
 */
export const DEFAULT_RATE_LIMIT_PER_ADDRESS = '600/60/300';
/**
 * Publishing or editing a custom level re-runs the engine over the level (up to about a second of
 * CPU at the verification-cost limit), so it has its own, stricter limit on top of the writes.
 */
export const DEFAULT_PUBLISH_LIMIT = '30/3600/10';
/** Publishes per address: a class where everyone publishes and edits a level twice in a lesson. */
export const DEFAULT_PUBLISH_LIMIT_PER_ADDRESS = '240/3600/80';
/**
 * Reads that re-run the engine (an explanation, a run's page), uncached: the player asks for an
 * explanation after each run, so the same numbers as the writes — 60 a minute, bursts of 30.
 */
export const DEFAULT_SIMULATE_LIMIT = '60/60';
/** Simulating reads per address: as the writes, a class of 40 explaining a run every ~10 s each. */
export const DEFAULT_SIMULATE_LIMIT_PER_ADDRESS = '600/60/300';

/** One limit: its two settings and what a refusal says it counted. */
export interface LimitFamily {
  readonly name: string;
  readonly what: string;
  readonly playerEnv: string;
  readonly playerDefault: string;
  readonly addressEnv: string;
  readonly addressDefault: string;
}

const WRITES: LimitFamily = {
  name: 'write',
  what: 'writes',
  playerEnv: 'DESCENT_RATE_LIMIT',
  playerDefault: DEFAULT_RATE_LIMIT,
  addressEnv: 'DESCENT_RATE_LIMIT_PER_ADDRESS',
  addressDefault: DEFAULT_RATE_LIMIT_PER_ADDRESS,
};
const PUBLISHES: LimitFamily = {
  name: 'publish',
  what: 'levels published',
  playerEnv: 'DESCENT_PUBLISH_LIMIT',
  playerDefault: DEFAULT_PUBLISH_LIMIT,
  addressEnv: 'DESCENT_PUBLISH_LIMIT_PER_ADDRESS',
  addressDefault: DEFAULT_PUBLISH_LIMIT_PER_ADDRESS,
};
const SIMULATIONS: LimitFamily = {
  name: 'simulate',
  what: 'simulations',
  playerEnv: 'DESCENT_SIMULATE_LIMIT',
  playerDefault: DEFAULT_SIMULATE_LIMIT,
  addressEnv: 'DESCENT_SIMULATE_LIMIT_PER_ADDRESS',
  addressDefault: DEFAULT_SIMULATE_LIMIT_PER_ADDRESS,
};

/** Parses `<requests>/<seconds>[/<burst>]` or `off` (null); throws on anything else. */
export function parseRateLimit(spec: string | undefined, envName = 'DESCENT_RATE_LIMIT'): RateLimitConfig | null {
  const text = (spec ?? DEFAULT_RATE_LIMIT).trim().toLowerCase() || DEFAULT_RATE_LIMIT;
  if (text === 'off') return null;
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(text);
  const requests = Number(m?.[1]);
  const seconds = Number(m?.[2]);
  if (!m || !(requests > 0) || !(seconds > 0)) throw new Error(`${envName} must be "<requests>/<seconds>[/<burst>]" or "off", not "${spec}"`);
  const burst = m[3] !== undefined ? Number(m[3]) : Math.max(1, Math.ceil(requests / 2));
  if (!(burst >= 1)) throw new Error(`${envName} burst must be at least 1, not "${spec}"`);
  return { perSecond: requests / seconds, burst };
}

/** A store and how it names keys: the Postgres table holds keyed hashes, never a cookie or an address. */
export interface KeyedStore {
  readonly store: RateLimitStore;
  readonly addressKey: (address: string) => string;
}

/** A limit's two settings from the environment; null when it is off. Throws on a malformed one. */
function settingsOf(family: LimitFamily): { perPlayer: RateLimitConfig; perAddress: RateLimitConfig | null } | null {
  const perPlayer = parseRateLimit(process.env[family.playerEnv] ?? family.playerDefault, family.playerEnv);
  if (!perPlayer) return null;
  return { perPlayer, perAddress: parseRateLimit(process.env[family.addressEnv] ?? family.addressDefault, family.addressEnv) };
}

/** The buckets a request takes from under `family` (empty when the limit is off). */
function takesFor(family: LimitFamily, request: HasHeaders, keyed: KeyedStore): BucketTake[] {
  const settings = settingsOf(family);
  if (!settings) return [];
  const { perPlayer, perAddress } = settings;
  const takes: BucketTake[] = [];
  const player = playerIdOf(request);
  if (player) takes.push({ limit: `${family.name}-player`, config: perPlayer, key: playerKey(player) });
  if (perAddress) takes.push({ limit: `${family.name}-address`, config: perAddress, key: keyed.addressKey(clientIp(request)) });
  return takes;
}

/**
 * Counts one request under `family` in `keyed`'s store: null when allowed, else the 429 to send.
 * Rejects when the store fails. Exported for tests that run two "instances" side by side.
 */
export async function checkLimit(keyed: KeyedStore, family: LimitFamily, request: HasHeaders): Promise<Response | null> {
  const wait = await keyed.store.take(takesFor(family, request, keyed));
  if (wait === 0) return null;
  return jsonError(429, `too many ${family.what}: try again in ${wait} s`, undefined, { 'retry-after': String(wait) });
}

export const LIMITS = { writes: WRITES, publishes: PUBLISHES, simulations: SIMULATIONS } as const;

type Registry = { local?: KeyedStore; shared: WeakMap<Db, Promise<KeyedStore>>; warnedAt: number };
const REGISTRY = Symbol.for('descent.rateLimit');
// On globalThis so that Next.js dev-mode module reloads keep the in-memory counts.
const holder = globalThis as unknown as { [REGISTRY]?: Registry };
const registry = (holder[REGISTRY] ??= { shared: new WeakMap(), warnedAt: 0 });

/** This process's in-memory buckets (addresses kept as they are: they never leave the process). */
function localStore(): KeyedStore {
  return (registry.local ??= { store: new RateLimitStore(null), addressKey: (address) => address });
}

/**
 * The shared buckets on a Postgres database (one store per open database, so all of this
 * process's requests reuse its limiters; addresses hashed with the deployment's salt).
 */
export function sharedStore(db: Db): Promise<KeyedStore> {
  const pool = db.pool;
  if (!pool) return Promise.reject(new Error('the shared rate-limit buckets need a Postgres database'));
  let pending = registry.shared.get(db);
  if (!pending) {
    pending = getIpSalt(db).then((salt) => ({ store: new RateLimitStore(pool), addressKey: (address: string) => hashIp(address, salt) }));
    pending.catch(() => registry.shared.delete(db)); // a failed salt read is retried next time
    registry.shared.set(db, pending);
  }
  return pending;
}

const WARN_EVERY_MS = 60_000;

async function limited(family: LimitFamily, request: HasHeaders): Promise<Response | null> {
  if (!settingsOf(family)) return null; // off (and a malformed setting throws here, not as an "outage")
  if (!process.env.DATABASE_URL?.trim()) return checkLimit(localStore(), family, request);
  try {
    const db = await getDb();
    if (!db.pool) return checkLimit(localStore(), family, request);
    return await checkLimit(await sharedStore(db), family, request);
  } catch (err) {
    const now = Date.now();
    if (now - registry.warnedAt >= WARN_EVERY_MS) {
      registry.warnedAt = now;
      console.warn(`[rate-limit] the shared Postgres buckets are unavailable (${err instanceof Error ? err.message : String(err)}): counting in this instance's memory until they answer again`);
    }
    return checkLimit(localStore(), family, request);
  }
}

/** Counts one write (a run, a progress save, a playlist change…); the 429 to send when over the limit. */
export function limitWrite(request: HasHeaders): Promise<Response | null> {
  return limited(WRITES, request);
}

/** Counts one publish or edit of a custom level (after limitWrite). */
export function limitPublish(request: HasHeaders): Promise<Response | null> {
  return limited(PUBLISHES, request);
}

/**
 * Counts one read that runs the engine (an explanation, a run's page). A page passes
 * `{ headers: await headers() }`; a route handler its Request.
 */
export function limitSimulatingRead(request: HasHeaders): Promise<Response | null> {
  return limited(SIMULATIONS, request);
}
