/**
 * Property tests are seeded: every fast-check run uses the same inputs on every machine, so CI
 * is reproducible (a failure prints its seed and path; change FAST_CHECK_SEED locally to explore
 * other inputs).
 *
 * The real-network levels' data sets load once per test file, so tests score built-in levels
 * synchronously as they do every other level (content/datasets/ready.ts).
 */
import fc from 'fast-check';
import { readyBuiltInLevels } from '../content/levels/ready-all';

fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261127) });
await readyBuiltInLevels();
