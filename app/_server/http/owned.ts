/**
 * The common start of every request only a record's owner may make (edit, unpublish, results):
 * the slug's record, then its edit token. One place, so no route can forget the token check or
 * check it before knowing the record exists (unknown slug → 404, no token → 401, wrong → 403).
 * The key of the desk that owns the record is accepted as its edit token (../services/desk.ts).
 */
import { getDb } from '../db/db';
import type { Db } from '../db/types';
import { deskKeyOwns } from '../services/desk';
import { bearerToken, isSlugShape, refuseUnlessToken } from './edit-token';
import { jsonError } from './responses';

export type Owned<T> = { ok: true; db: Db; slug: string; found: T } | { ok: false; response: Response };

/** Loads `slug` with `load` and checks the request's edit token against the record's hash. */
export async function ownedRecord<T extends { editTokenHash: string }>(
  request: Request,
  params: Promise<{ slug: string }>,
  load: (db: Db, slug: string) => Promise<T | null>,
  what: 'level' | 'playlist',
): Promise<Owned<T>> {
  const { slug } = await params;
  const db = await getDb();
  const found = isSlugShape(slug) ? await load(db, slug) : null;
  if (!found) return { ok: false, response: jsonError(404, `${what} not found`, 'slug') };
  const token = bearerToken(request);
  if (token !== null && (await deskKeyOwns(db, what, slug, token))) return { ok: true, db, slug, found };
  const refused = refuseUnlessToken(request, found.editTokenHash);
  if (refused) return { ok: false, response: refused };
  return { ok: true, db, slug, found };
}
