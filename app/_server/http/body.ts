/**
 * Reading a request body as JSON — the one gate of every route that takes a body, in this order:
 * a foreign `Origin` → 403 (./origin.ts); a content type other than `application/json` → 415
 * (a cross-site form or `text/plain` fetch needs no preflight, JSON does); a hard size limit
 * (Content-Length first, then the bytes actually received — a client can lie about, or omit, the
 * header — reading stops as soon as the limit is passed) → 413; not UTF-8 / not JSON → 400;
 * then every key and string in it under the text rule (./text.ts) → 400 naming the field, with
 * all strings in NFC. All of this happens before any simulation or database write.
 */
import { refuseForeignOrigin } from './origin';
import { jsonError } from './responses';
import { checkBodyStrings } from './text';

/** A parsed body, or the error response to send. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Largest request body of POST /api/runs, in bytes. */
export const MAX_RUN_BODY_BYTES = 64 * 1024;
/** Largest request body of PUT /api/progress, in bytes. */
export const MAX_PROGRESS_BODY_BYTES = 16 * 1024;
/** Largest request body of POST/PUT /api/custom-levels (a level document), in bytes. */
export const MAX_LEVEL_BODY_BYTES = 64 * 1024;
/** Largest request body of POST/PUT /api/playlists, in bytes. */
export const MAX_PLAYLIST_BODY_BYTES = 16 * 1024;

function tooLarge(limit: number): BodyResult {
  return { ok: false, response: jsonError(413, `request body is over ${limit} bytes`) };
}

/** Reads at most `limit` bytes of the body, or null when it is longer. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** Reads and parses a JSON body of at most `limit` bytes (413 when over, 400 when not JSON). */
export async function readJsonBody(request: Request, limit: number): Promise<BodyResult> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return { ok: false, response: foreign };
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return { ok: false, response: jsonError(415, 'request body must be JSON: send the header "Content-Type: application/json"', 'content-type') };
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return tooLarge(limit);
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(request, limit);
  } catch {
    return { ok: false, response: jsonError(400, 'could not read the request body') };
  }
  if (bytes === null) return tooLarge(limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError(400, 'request body is not valid UTF-8') };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, 'request body is not valid JSON') };
  }
  const strings = checkBodyStrings(value);
  if (!strings.ok) return { ok: false, response: jsonError(400, strings.issue.error, strings.issue.field) };
  return { ok: true, value: strings.value };
}

/** Whether a Content-Type header is `application/json` (any parameters, e.g. charset=utf-8). */
export function isJsonContentType(header: string | null): boolean {
  return header !== null && header.split(';')[0].trim().toLowerCase() === 'application/json';
}
