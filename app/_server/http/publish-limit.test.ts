import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';
import { DEFAULT_PUBLISH_LIMIT, limitPublish, parseRateLimit } from './rate-limit';

/** A request from `address` (as the custom server records it), with a player cookie when given. */
function from(address: string, player?: string): Request {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: address };
  if (player) headers.cookie = `descent_pid=${player.padEnd(22, '0')}`;
  return new Request('http://localhost/api/custom-levels', { method: 'POST', headers });
}

describe('publish limit (stricter than writes: publishing re-runs the engine)', () => {
  afterEach(() => {
    delete process.env.DESCENT_PUBLISH_LIMIT;
    delete process.env.DESCENT_PUBLISH_LIMIT_PER_ADDRESS;
  });

  it('defaults to 30 an hour with bursts of 10', () => {
    expect(parseRateLimit(DEFAULT_PUBLISH_LIMIT)).toEqual({ perSecond: 30 / 3600, burst: 10 });
  });

  it('refuses with 429 and Retry-After once a player has spent the burst; other players unaffected', async () => {
    process.env.DESCENT_PUBLISH_LIMIT = '2/3600/2';
    expect(await limitPublish(from('198.51.100.1', 'teacherA'))).toBeNull();
    expect(await limitPublish(from('198.51.100.1', 'teacherA'))).toBeNull();
    const refused = await limitPublish(from('198.51.100.1', 'teacherA'));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await refused!.json()).error).toMatch(/too many levels published/);
    // Another teacher behind the same address still publishes (the address ceiling is 80).
    expect(await limitPublish(from('198.51.100.1', 'teacherB'))).toBeNull();
  });

  it('an address has its own ceiling, whatever cookies its clients send', async () => {
    process.env.DESCENT_PUBLISH_LIMIT_PER_ADDRESS = '3/3600/3';
    for (let i = 0; i < 3; i++) expect(await limitPublish(from('198.51.100.2', `fresh${i}`))).toBeNull();
    expect((await limitPublish(from('198.51.100.2', 'fresh9')))?.status).toBe(429);
    expect((await limitPublish(from('198.51.100.2')))?.status).toBe(429);
    expect(await limitPublish(from('198.51.100.3'))).toBeNull();
  });

  it('can be switched off', async () => {
    process.env.DESCENT_PUBLISH_LIMIT = 'off';
    for (let i = 0; i < 100; i++) expect(await limitPublish(from('198.51.100.4', 'teacherC'))).toBeNull();
  });
});
