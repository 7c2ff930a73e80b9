/**
 * The custom server's client address (issue 11: a forged X-Forwarded-For lifted every rate
 * limit): the hop arithmetic, the header no client can set, and the rate-limit key it yields.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { clientIp } from '@/app/_server/http/client';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { CLIENT_IP_HEADER, clientAddress, normalizeAddress, parseTrustedHops, stampClientAddress } from './client-address.mjs';

/** What a route handler sees after the server stamped a request from `socket` with `headers`. */
function asRouteRequest(headers: IncomingHttpHeaders, socket: string, hops: number): Request {
  const copy = { ...headers };
  stampClientAddress(copy, socket, hops);
  const h = new Headers();
  for (const [name, value] of Object.entries(copy)) if (typeof value === 'string') h.set(name, value);
  return new Request('http://localhost/api/runs', { method: 'POST', headers: h });
}

describe('clientAddress: the N-th X-Forwarded-For entry from the right', () => {
  it('0 hops: the socket, whatever the header says', () => {
    expect(clientAddress('203.0.113.7', undefined, 0)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '1.2.3.4, 5.6.7.8', 0)).toBe('203.0.113.7');
  });

  it('1 hop: the entry the proxy appended (the last), not the ones the client wrote', () => {
    // client 198.51.100.9 sent "X-Forwarded-For: 1.2.3.4"; the proxy (10.0.0.2) appended the client.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', '198.51.100.9', 1)).toBe('198.51.100.9');
  });

  it('2 hops: the second from the right', () => {
    expect(clientAddress('10.0.0.3', 'forged, 198.51.100.9, 10.0.0.2', 2)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.3', ['forged, 198.51.100.9', '10.0.0.2'], 2)).toBe('198.51.100.9');
  });

  it('fewer entries than hops, no header, or a malformed entry: the socket', () => {
    expect(clientAddress('10.0.0.3', '198.51.100.9', 2)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.3', undefined, 2)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.3', 'not-an-ip, 10.0.0.2', 2)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.3', ' , 10.0.0.2', 2)).toBe('10.0.0.3');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('one form per address: brackets, ports, IPv4-mapped IPv6 and case', () => {
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(normalizeAddress('203.0.113.7:5000')).toBe('203.0.113.7');
    expect(normalizeAddress('<script>')).toBeNull();
    expect(clientAddress('::ffff:10.0.0.2', '[2001:db8::5]:1234', 1)).toBe('2001:db8::5');
  });
});

describe('DESCENT_TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0 and takes an integer up to 10', () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops('')).toBe(0);
    expect(parseTrustedHops(' 2 ')).toBe(2);
    expect(parseTrustedHops('10')).toBe(10);
  });

  it('refuses anything else (a typo must not make the server trust clients)', () => {
    for (const bad of ['-1', '1.5', 'two', '11', 'true']) expect(() => parseTrustedHops(bad)).toThrow(/DESCENT_TRUSTED_PROXY_HOPS/);
  });
});

describe('the header no client can set', () => {
  afterEach(() => {
    delete process.env.DESCENT_RATE_LIMIT;
    delete process.env.DESCENT_RATE_LIMIT_PER_ADDRESS;
  });

  it('replaces a client-sent copy with the socket address', () => {
    const headers: IncomingHttpHeaders = { [CLIENT_IP_HEADER]: '1.2.3.4', 'x-forwarded-for': '5.6.7.8' };
    expect(stampClientAddress(headers, '203.0.113.7', 0)).toBe('203.0.113.7');
    expect(headers[CLIENT_IP_HEADER]).toBe('203.0.113.7');
    expect(clientIp(asRouteRequest({ [CLIENT_IP_HEADER]: '1.2.3.4' }, '203.0.113.7', 0))).toBe('203.0.113.7');
  });

  it('clientIp reads only that header: X-Forwarded-For and X-Real-IP are ignored; absent → "unknown"', () => {
    const forged = new Request('http://localhost/', { headers: { 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' } });
    expect(clientIp(forged)).toBe('unknown');
  });

  it('with 0 hops, a new X-Forwarded-For on every request does not change the rate-limit key', async () => {
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = '5/60/5';
    const socket = '203.0.113.50';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const request = asRouteRequest({ 'x-forwarded-for': `10.9.${i}.1`, [CLIENT_IP_HEADER]: `10.8.${i}.1` }, socket, 0);
      expect(clientIp(request)).toBe(socket);
      statuses.push((await limitWrite(request))?.status ?? 200);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    // A different socket address is a different client.
    expect(await limitWrite(asRouteRequest({}, '203.0.113.51', 0))).toBeNull();
  });
});
