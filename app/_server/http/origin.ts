/**
 * Requests that change state come from this site's own pages: a browser sends `Origin` on every
 * cross-site POST, PUT and DELETE, so one that names another site is refused (403). An absent
 * Origin (curl, server-to-server, old browsers on same-origin requests) is allowed: the rule stops
 * other sites' pages from using a visitor's browser (and cookie), not scripts, which the rate
 * limits and edit tokens cover. The JSON body rule (415 for other content types, ./body.ts) closes
 * the "simple request" path that would need no preflight.
 */
import { jsonError } from './responses';

/** The hosts this request may come from: its Host, and X-Forwarded-Host set by a proxy. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get('host');
  if (host) hosts.add(host.trim().toLowerCase());
  for (const h of (request.headers.get('x-forwarded-host') ?? '').split(',')) if (h.trim()) hosts.add(h.trim().toLowerCase());
  if (hosts.size === 0) hosts.add(new URL(request.url).host.toLowerCase());
  return hosts;
}

/** Null when the request's Origin is absent or this site; else the 403 to send. */
export function refuseForeignOrigin(request: Request): Response | null {
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  let host: string | null = null;
  try {
    const url = new URL(origin);
    if (url.protocol === 'http:' || url.protocol === 'https:') host = url.host.toLowerCase();
  } catch {
    host = null; // "null" (sandboxed frames, file:) or garbage
  }
  if (host !== null && ownHosts(request).has(host)) return null;
  return jsonError(403, 'cross-site request refused: this request must come from this site’s own pages', 'origin');
}
