/**
 * The project's one import of zod: every schema imports `z` from here.
 * Zod 4 probes `Function('')` on first use to decide whether to compile fast parsers; under the
 * site's Content-Security-Policy (no 'unsafe-eval', app/_server/http/csp.ts) that probe is a
 * reported violation in the browser. Jitless parsing is plenty fast for our small documents.
 */
// eslint-disable-next-line no-restricted-imports -- the one place zod is imported
import { z } from 'zod';

z.config({ jitless: true });

export { z };
