/** Per-deployment secrets stored in the database (table app_secrets, migration 0004). */
import 'server-only'; // a client import fails the build (scripts: scripts/server-only-off.ts)
import type { Queryable } from './types';

/** The deployment's salt for hashing client IPs. */
export async function getIpSalt(q: Queryable): Promise<string> {
  const rows = await q.query<{ value: string }>("SELECT value FROM app_secrets WHERE name = 'ip_hash_salt'");
  if (!rows.length) throw new Error('app_secrets.ip_hash_salt is missing (migration 0004 not applied?)');
  return rows[0].value;
}
