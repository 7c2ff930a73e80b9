/**
 * Starting and stopping the built app for the benchmarks: `next start` on loopback in its own
 * process group (so stopping it stops everything it started), and a free port to put it on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The first free loopback port from `from` on (50 tries), or any free port when `from` is 0. */
export async function freePort(from = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address() as { port: number };
        srv.close(() => resolve(got));
      });
    });
  if (from === 0) {
    const p = await tryPort(0);
    if (p !== null) return p;
  }
  for (let port = from; port < from + 50; port++) {
    const p = await tryPort(port);
    if (p !== null) return p;
  }
  throw new Error(`no free port in ${from}…${from + 49}`);
}

/** Spawns `next start -p <port> -H 127.0.0.1` for the app in `appDir` with extra environment. */
export function startNext(appDir: string, port: number, env: NodeJS.ProcessEnv = process.env, onStderr?: (d: Buffer) => void): ChildProcess {
  const nextBin = path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (onStderr) child.stderr?.on('data', onStderr);
  else child.stderr?.resume();
  return child;
}

/** SIGTERM to the whole process group, SIGKILL after 3 s; resolves when it exited (or after 6 s). */
export async function stopNext(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 3000);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 6000))]);
  clearTimeout(timer);
}
