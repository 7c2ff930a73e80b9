/**
 * Who is calling: the client IP (for the rate limit and the stored IP hash) and the anonymous
 * player id cookie `descent_pid` (for the server copy of progress).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The client's IP: the first entry of X-Forwarded-For (`next start` fills that header with the
 * socket address when a request arrives without one), else X-Real-IP, else "unknown". Behind a
 * proxy, make it overwrite the header: a client can put anything in its own X-Forwarded-For.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded.slice(0, 64);
  return request.headers.get('x-real-ip')?.trim().slice(0, 64) || 'unknown';
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
export function playerIdOf(request: Request): string | null {
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
