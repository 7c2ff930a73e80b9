import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Server modules import 'server-only' (Next resolves it; tests run server code in Node).
      'server-only': createRequire(import.meta.url).resolve('next/dist/compiled/server-only/empty.js'),
    },
  },
  test: {
    include: ['engine/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/vitest-setup.ts'],
    testTimeout: 60_000,
    // Database set-up (PGlite start, migrations) can take seconds on a loaded 2-core machine.
    hookTimeout: 60_000,
  },
});
