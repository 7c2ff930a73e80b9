/**
 * Reading a Server-Sent Events stream from a fetch() body (the live class view sends its key in
 * the Authorization header, which EventSource cannot). The parser follows the format of the
 * HTML standard's "event stream interpretation": lines end in LF, CR or CRLF; `:` starts a
 * comment; `event`, `data` (joined with LF), `id` and `retry` fields; a blank line dispatches.
 */

/** One dispatched event. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
  readonly id: string | null;
}

/** A push parser: feed it text as it arrives; it calls `onEvent` per complete event. */
export function sseParser(onEvent: (e: SseEvent) => void, onRetry?: (ms: number) => void): (text: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | null = null;
  let lastWasCr = false;
  const line = (l: string) => {
    if (l === '') {
      if (data.length) onEvent({ event: event || 'message', data: data.join('\n'), id });
      event = '';
      data = [];
      return;
    }
    if (l.startsWith(':')) return;
    const colon = l.indexOf(':');
    const field = colon < 0 ? l : l.slice(0, colon);
    let value = colon < 0 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) onRetry?.(Number(value));
  };
  return (text: string) => {
    let start = 0;
    buffer += text;
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer[i];
      if (c === '\n' && lastWasCr && i === start) {
        // the LF of a CRLF split across two chunks
        start = i + 1;
        lastWasCr = false;
        continue;
      }
      if (c === '\n' || c === '\r') {
        line(buffer.slice(start, i));
        lastWasCr = c === '\r';
        if (c === '\r' && buffer[i + 1] === '\n') i++;
        start = i + 1;
      } else {
        lastWasCr = false;
      }
    }
    buffer = buffer.slice(start);
  };
}

/** Reads a body to its end, feeding the parser; resolves when the stream ends (or rejects). */
export async function readSse(body: ReadableStream<Uint8Array>, onEvent: (e: SseEvent) => void, onRetry?: (ms: number) => void): Promise<void> {
  const push = sseParser(onEvent, onRetry);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      push(decoder.decode(value, { stream: true }));
    }
    push(decoder.decode());
  } finally {
    reader.releaseLock();
  }
}
