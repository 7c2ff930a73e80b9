/**
 * Property tests are seeded: every fast-check run uses the same inputs on every machine, so CI
 * is reproducible (a failure prints its seed and path; change FAST_CHECK_SEED locally to explore
 * other inputs).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261127) });
