/**
 * `npm run bench`: prints every speed figure the issues name, each with a baseline measured in
 * the same run. Not a test: nothing here fails the build; the figures go in the closing notes.
 */
import { execFileSync } from 'node:child_process';
import { benchEngine } from './bench/engine';
import { benchWanted } from './bench/only';

console.log(`Descent benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
if (benchWanted('engine')) {
  benchEngine();
  const mem = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/engine-memory.ts'], { encoding: 'utf8' }).trim().split('\n').pop()!,
  );
  console.log(
    `peak memory of that scoring run: +${mem.growthMB.toFixed(1)} MB over the ${mem.rssBeforeMB.toFixed(0)} MB of Node itself (peak RSS ${mem.peakRssMB.toFixed(0)} MB)   target < 64 MB`,
  );
}

// A real network's slice (issue 15): scoring on the penguins network, in Node.
if (benchWanted('network')) try {
  const { benchNetwork } = await import('./bench/network');
  await benchNetwork();
} catch (e) {
  console.log(`network benchmark skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// Auto-calibration of a typical teacher's level (issue 6), in Node; the browser figure comes from the editor e2e.
if (benchWanted('calibrate')) try {
  const { benchCalibrate } = await import('./bench/calibrate');
  const nodeMs = benchCalibrate();
  try {
    const { benchCalibrateBrowser } = await import('./bench/calibrate-browser');
    await benchCalibrateBrowser(nodeMs);
  } catch (e) {
    console.log(`  browser calibration skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
} catch (e) {
  console.log(`calibration benchmark skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// Browser figures need a built app and Chromium; any failure here only skips them.
if (benchWanted('browser') || benchWanted('play-loop')) try {
  const { benchBrowser } = await import('./bench/browser');
  await benchBrowser();
} catch (e) {
  console.log(`browser benchmarks skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// Server figures need a built app; any failure here only skips them.
if (benchWanted('server')) try {
  const { benchServer } = await import('./bench/server');
  await benchServer();
} catch (e) {
  console.log(`server benchmarks skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// The live class view under a class's load (issue 14): needs a built app; a failure only skips it.
if (benchWanted('live')) try {
  const { benchLiveClass } = await import('./bench/live-class');
  await benchLiveClass();
} catch (e) {
  console.log(`live class benchmark skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// The simulation pool (issue 11) at the service level: route handlers in this process, no build needed.
if (benchWanted('sim-pool')) try {
  const { benchSimPool } = await import('./bench/sim-pool');
  await benchSimPool();
} catch (e) {
  console.log(`simulation pool benchmark skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}

// Lighthouse on a lesson page needs a built app and Chromium; any failure here only skips it.
if (benchWanted('lighthouse')) try {
  const { benchLighthouse } = await import('./bench/lighthouse');
  await benchLighthouse();
} catch (e) {
  console.log(`lighthouse skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
}
