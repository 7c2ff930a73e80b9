import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISH_LIMIT, limitPublish, parseRateLimit } from './rate-limit';

describe('publish limit (stricter than writes: publishing re-runs the engine)', () => {
  afterEach(() => {
    delete process.env.DESCENT_PUBLISH_LIMIT;
  });

  it('defaults to 30 an hour with bursts of 10', () => {
    expect(parseRateLimit(DEFAULT_PUBLISH_LIMIT)).toEqual({ perSecond: 30 / 3600, burst: 10 });
  });

  it('refuses with 429 and Retry-After once the burst is spent; other clients unaffected', async () => {
    process.env.DESCENT_PUBLISH_LIMIT = '2/3600/2';
    expect(limitPublish('teacher-a')).toBeNull();
    expect(limitPublish('teacher-a')).toBeNull();
    const refused = limitPublish('teacher-a');
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await refused!.json()).error).toMatch(/too many levels published/);
    expect(limitPublish('teacher-b')).toBeNull();
  });

  it('can be switched off', () => {
    process.env.DESCENT_PUBLISH_LIMIT = 'off';
    for (let i = 0; i < 50; i++) expect(limitPublish('teacher-c')).toBeNull();
  });
});
