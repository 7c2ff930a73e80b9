#!/usr/bin/env node
/**
 * The production server (`npm run start`): Next.js behind a plain Node HTTP server, so the app
 * learns the client's address from the TCP socket. `next start` passes a client's own
 * `X-Forwarded-For` through untouched and route handlers never see the socket, so anyone could
 * pick their own rate-limit key. Here every request gets `x-descent-client-ip` (any copy the
 * client sent is replaced): the socket's peer, or with `DESCENT_TRUSTED_PROXY_HOPS=N` the N-th
 * `X-Forwarded-For` entry from the right (./client-address.mjs).
 *
 *   node scripts/serve.mjs [--port 3000] [--hostname 127.0.0.1]
 *
 * Port: `--port`, else `PORT`, else 3000. Hostname: `--hostname`, else every interface (as
 * `next start`). Serves the build in `.next/` (run `npm run build` first). SIGTERM / SIGINT stop
 * accepting connections, let requests in flight finish (at most 10 s), close Next.js and exit 0.
 */
import console from 'node:console';
import { createServer } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseTrustedHops, stampClientAddress } from './client-address.mjs';

/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: true,
});
const portText = args.port ?? process.env.PORT ?? '3000';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) fail(`port must be 1–65535, not "${portText}"`);
const hostname = args.hostname;

let hops = 0;
try {
  hops = parseTrustedHops(process.env.DESCENT_TRUSTED_PROXY_HOPS);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

// This server only ever serves the production build; React and Next.js read NODE_ENV when loaded.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');
const app = next({ dev: false, dir: projectDir, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;
const server = createServer((req, res) => {
  stampClientAddress(req.headers, req.socket.remoteAddress, hops);
  // While shutting down, a keep-alive connection is closed after its current response.
  if (stopping) res.setHeader('connection', 'close');
  handle(req, res).catch((err) => {
    console.error('serve: unhandled error in a request', err);
    if (res.headersSent) return void res.end();
    res.statusCode = 500;
    res.setHeader('content-type', 'application/json');
    res.end('{"error":"internal error"}');
  });
});
server.on('error', (err) => fail(err.message));
server.listen(port, hostname, () => {
  const where = hops === 0 ? 'the socket (no trusted proxy)' : `X-Forwarded-For, ${hops} trusted proxy hop${hops === 1 ? '' : 's'}`;
  console.log(`> Descent ready on http://${hostname ?? 'localhost'}:${port} (client address from ${where})`);
});

async function shutdown(signal) {
  if (stopping) process.exit(1); // a second signal: stop waiting
  stopping = true;
  console.log(`> ${signal}: finishing requests in flight, then exiting`);
  setTimeout(() => {
    console.error(`serve: requests still open after ${SHUTDOWN_GRACE_MS} ms, exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections(); // keep-alive sockets would otherwise hold close() open
  await closed;
  await app.close().catch((err) => console.error('serve: closing Next.js failed', err));
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
