/**
 * `BENCH_ONLY=play-loop,server npm run bench` runs only the named sections (engine, calibrate,
 * network, browser, play-loop, server, live, sim-pool, lighthouse); unset runs them all.
 */
export function benchWanted(section: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  return !only?.length || only.includes(section);
}
