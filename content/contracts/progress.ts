/**
 * The limits of a player's remembered results, the same where the browser keeps them
 * (components/course/progress.ts, localStorage) and where the server stores its copy
 * (app/_server/services/progress-schema.ts, PUT /api/progress).
 */

/** Longest settings query of a best result (to replay the run), in characters. */
export const MAX_BEST_QUERY = 2000;
/** Longest ISO time (a best's `at`, a lesson's first visit), in characters. */
export const MAX_ISO_TIME = 40;
