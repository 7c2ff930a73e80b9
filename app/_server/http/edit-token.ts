/**
 * Edit tokens of teachers' levels and playlists: bearer secrets of 192 random bits handed out
 * once (in the edit link's #fragment, which browsers never send to a server), stored only as their
 * sha-256 and compared in constant time. The share link (the slug) never grants editing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PUBLIC_SLUG } from '@/content/contracts/api';
import { jsonError } from './responses';

/** A new edit token: 24 random bytes (192 bits), url-safe base64 (32 characters). */
export function newEditToken(): string {
  return randomBytes(24).toString('base64url');
}

/** What the database stores instead of a token: its sha-256, hex. */
export function hashEditToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` hashes to `storedHash`; constant-time in the hash comparison. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashEditToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The token of an `Authorization: Bearer <token>` header, or null when absent or malformed. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const m = /^Bearer[ ]+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header);
  return m ? m[1] : null;
}

/**
 * Checks the request's bearer token against a stored hash: null when it matches, else the
 * response to send — 401 without a (well-formed) token, 403 with a wrong one.
 */
export function refuseUnlessToken(request: Request, storedHash: string): Response | null {
  const token = bearerToken(request);
  if (token === null) {
    return jsonError(401, 'an edit token is required: send the header "Authorization: Bearer <token>" from the edit link', undefined, {
      'www-authenticate': 'Bearer',
    });
  }
  return tokenMatches(token, storedHash) ? null : jsonError(403, 'this edit token does not match: only the edit link can change this');
}

/** A new public slug: 10 characters of [a-z0-9] (≈ 52 bits; lowercase so it also fits a level id). */
export function newSlug(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(16);
  let out = '';
  for (const b of bytes) {
    if (b >= 252) continue; // 252 = 7 × 36: keeps the draw uniform
    out += alphabet[b % 36];
    if (out.length === 10) return out;
  }
  return out.length === 10 ? out : newSlug();
}

/** Whether `slug` looks like a slug (cheap check before a database lookup). */
export function isSlugShape(slug: string): boolean {
  return PUBLIC_SLUG.test(slug);
}

/**
 * Runs `insert` with a new slug, drawing another one when the database reports a duplicate key
 * (Postgres error 23505; at 52 bits this is astronomically rare) — at most 3 tries.
 */
export async function withNewSlug<T>(insert: (slug: string) => Promise<T>): Promise<{ slug: string; value: T }> {
  for (let attempt = 1; ; attempt++) {
    const slug = newSlug();
    try {
      return { slug, value: await insert(slug) };
    } catch (err) {
      if (attempt >= 3 || (err as { code?: unknown } | null)?.code !== '23505') throw err;
    }
  }
}
