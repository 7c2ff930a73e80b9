/**
 * The client's address as the custom server (./serve.mjs) records it for the app: from the TCP
 * socket, or — behind N trusted proxies (`DESCENT_TRUSTED_PROXY_HOPS`) — from the entry those
 * proxies appended to `X-Forwarded-For`. Plain JavaScript (node runs serve.mjs directly); the
 * types are in ./client-address.d.mts, the tests in ./client-address.test.ts.
 */
import { isIP } from 'node:net';

/**
 * The request header that carries the address to the route handlers (`clientIp()` in
 * app/_server/http/client.ts reads only this one). The server deletes any copy a client sent.
 */
export const CLIENT_IP_HEADER = 'x-descent-client-ip';

/** More hops than this is surely a typo (a chain of 10 proxies is already unusual). */
const MAX_HOPS = 10;

/**
 * `DESCENT_TRUSTED_PROXY_HOPS`: unset or empty → 0 (the socket's peer is the client); else an
 * integer 0…10. Throws on anything else, so a typo stops the server instead of trusting clients.
 * @param {string | undefined} raw
 * @returns {number}
 */
export function parseTrustedHops(raw) {
  const text = (raw ?? '').trim();
  if (text === '') return 0;
  const hops = Number(text);
  if (!/^\d+$/.test(text) || hops > MAX_HOPS) {
    throw new Error(`DESCENT_TRUSTED_PROXY_HOPS must be an integer from 0 to ${MAX_HOPS}, not "${raw}"`);
  }
  return hops;
}

/**
 * One address in canonical form, or null when it is not an IP address: brackets and a port
 * (`[2001:db8::1]:443`, `203.0.113.7:5000`) are dropped, and an IPv4-mapped IPv6 address
 * (`::ffff:203.0.113.7`, how a dual-stack socket reports IPv4 peers) becomes plain IPv4, so one
 * client has one key whichever way it arrives.
 * @param {string | undefined} raw
 * @returns {string | null}
 */
export function normalizeAddress(raw) {
  let text = (raw ?? '').trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) text = mapped[1];
  if (!isIP(text)) return null;
  return text.toLowerCase();
}

/**
 * The client's address. With 0 hops: the socket's peer, whatever `X-Forwarded-For` says (a
 * client can write anything there). With N hops: each trusted proxy appends the address it
 * received the request from, so the N-th entry from the right is the one the outermost trusted
 * proxy saw. Example, hops = 2, socket = proxy B, `X-Forwarded-For: forged, client, proxyA` →
 * `client`. When the header has fewer than N entries, or that entry is not an address (a
 * misconfigured proxy), the socket's peer is used: that errs towards one shared bucket, never
 * towards an address the client chose.
 * @param {string | undefined} socketAddress `req.socket.remoteAddress`
 * @param {string | string[] | undefined} forwardedFor the `X-Forwarded-For` header, if any
 * @param {number} hops trusted proxies in front of this server
 * @returns {string} an address, or "unknown" when the socket has none (already closed)
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  const fromSocket = normalizeAddress(socketAddress) ?? 'unknown';
  if (hops <= 0 || forwardedFor === undefined) return fromSocket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  if (entries.length < hops) return fromSocket;
  return normalizeAddress(entries[entries.length - hops]) ?? fromSocket;
}

/**
 * Replaces any client-sent copy of CLIENT_IP_HEADER on a Node request's headers with the
 * address computed here (mutates `headers`, which Next.js turns into the route's Request).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string | undefined} socketAddress
 * @param {number} hops
 * @returns {string} the address recorded
 */
export function stampClientAddress(headers, socketAddress, hops) {
  const address = clientAddress(socketAddress, headers['x-forwarded-for'], hops);
  // Node lower-cases header names and joins repeated ones, so this one assignment replaces
  // every copy the client sent, whatever its case.
  headers[CLIENT_IP_HEADER] = address;
  return address;
}
