import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSse, sseParser, type SseEvent } from './sse';

const collect = (chunks: string[]) => {
  const out: SseEvent[] = [];
  const retries: number[] = [];
  const push = sseParser((e) => out.push(e), (ms) => retries.push(ms));
  for (const c of chunks) push(c);
  return { out, retries };
};

describe('the SSE parser', () => {
  it('reads events, ids, comments, multi-line data and retry', () => {
    const { out, retries } = collect(['retry: 2000\n\n: keep-alive\n\nid: r1\nevent: run\ndata: {"a":1}\n\ndata: one\ndata: two\n\n']);
    expect(retries).toEqual([2000]);
    expect(out).toEqual([
      { event: 'run', data: '{"a":1}', id: 'r1' },
      { event: 'message', data: 'one\ntwo', id: 'r1' },
    ]);
  });

  it('gives the same events however the text is split, with LF, CR or CRLF line ends', () => {
    const events = [
      { event: 'snapshot', data: '{"x":"a:b"}' },
      { event: 'run', data: '{"y":[1,2]}' },
      { event: 'resync', data: '{}' },
    ];
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r', '\r\n'), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }), (eol, cuts) => {
        const text = events.map((e) => `event: ${e.event}${eol}data: ${e.data}${eol}${eol}`).join(`: ping${eol}${eol}`);
        const chunks: string[] = [];
        let at = 0;
        for (const c of cuts) {
          if (at >= text.length) break;
          chunks.push(text.slice(at, at + c));
          at += c;
        }
        chunks.push(text.slice(at));
        expect(collect(chunks).out.map(({ event, data }) => ({ event, data }))).toEqual(events);
      }),
    );
  });

  it('does not dispatch an event whose blank line has not arrived', () => {
    expect(collect(['event: run\ndata: {}\n']).out).toEqual([]);
  });

  it('reads a byte stream with multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('event: run\ndata: {"name":"Zoë 学生"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.slice(i, i + 3));
        c.close();
      },
    });
    const out: SseEvent[] = [];
    await readSse(body, (e) => out.push(e));
    expect(JSON.parse(out[0].data)).toEqual({ name: 'Zoë 学生' });
  });
});
