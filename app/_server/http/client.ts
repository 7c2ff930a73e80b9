/**
 * Who is calling: the client IP (for the rate limit and the stored IP hash) and the anonymous
 * player id cookie `descent_pid` (for the server copy of progress).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';

/** What a request carries its headers in: a Request, or `{ headers: await headers() }` in a page. */
export interface HasHeaders {
  readonly headers: { get(name: string): string | null };
}

/**
 * The client's IP as the custom server recorded it from the socket (or from the trusted
 * proxies' X-Forwarded-For entry): the `x-descent-client-ip` header, which scripts/serve.mjs
 * sets on every request after dropping any copy the client sent. X-Forwarded-For and X-Real-IP
 * are never read here — a client can write anything in them. "unknown" when the header is
 * absent (a handler called directly in a unit test, `next dev`): every such request shares one
 * per-address bucket. Serve production only through `npm run start`: under bare `next start`
 * nothing strips a client's own copy of the header.
 */
export function clientIp(request: HasHeaders): string {
  return request.headers.get(CLIENT_IP_HEADER)?.trim().slice(0, 64) || 'unknown';
}

/** A keyed hash of an IP address (the salt is per deployment, so it cannot be reversed by brute force). */
export function hashIp(ip: string, salt: string): string {
  return createHmac('sha256', salt).update(ip).digest('base64url').slice(0, 22);
}

/** Name of the anonymous player cookie. */
export const PLAYER_COOKIE = 'descent_pid';
const PLAYER_ID = /^[A-Za-z0-9_-]{22}$/;
const ONE_YEAR_S = 365 * 24 * 3600;

/** A new random 128-bit player id (url-safe, 22 characters). */
export function newPlayerId(): string {
  return randomBytes(16).toString('base64url');
}

/** The player id from the request's cookie, or null when absent or malformed. */
export function playerIdOf(request: HasHeaders): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === PLAYER_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return PLAYER_ID.test(value) ? value : null;
    }
  }
  return null;
}

/** The Set-Cookie value for a player id: httpOnly, SameSite=Lax, one year (Secure over https). */
export function playerCookie(request: Request, id: string): string {
  const https = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return `${PLAYER_COOKIE}=${id}; Path=/; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Lax${https ? '; Secure' : ''}`;
}

/** The storage key of a player id: its sha-256, so the database never holds the cookie itself. */
export function playerKey(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** A new short random url-safe run id (72 bits, 12 characters). */
export function newRunId(): string {
  return randomBytes(9).toString('base64url');
}

/** Whether `id` looks like a run id (cheap check before a database lookup). */
export function isRunIdShape(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,32}$/.test(id);
}
