/**
 * GET /api/playlists/<slug>/live (Authorization: Bearer <edit token or desk key>) — the live
 * class view as Server-Sent Events (`text/event-stream`): `snapshot`, then `run` per run stored
 * after it, on any instance (app/_server/live). Events are documented in content/contracts/live.ts.
 * Counted as a simulating read (the snapshot may map a level); 503 when the instance already
 * serves its most live streams.
 */
import { getPlaylist } from '@/app/_server/db/playlists';
import { ownedRecord } from '@/app/_server/http/owned';
import { limitSimulatingRead } from '@/app/_server/http/rate-limit';
import { apiRoute } from '@/app/_server/http/responses';
import { liveStream } from '@/app/_server/live/stream';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The live stream (see file note). */
export const GET = apiRoute('GET /api/playlists/[slug]/live', async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const owned = await ownedRecord(request, ctx.params, getPlaylist, 'playlist');
  if (!owned.ok) return owned.response;
  const limited = await limitSimulatingRead(request);
  if (limited) return limited;
  return liveStream(owned.db, owned.found, request.signal);
});
