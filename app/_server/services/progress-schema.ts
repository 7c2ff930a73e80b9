/**
 * The server copy of a player's progress (PUT /api/progress): the same "best result per level"
 * the player keeps in localStorage (components/course/progress.ts), wrapped in a versioned
 * document. The request body is at most 16 KB; its strings follow the text rule (../http/text.ts).
 */
import { z } from '@/engine/zod';
import { LEVEL_ID } from '@/engine';
import { MAX_BEST_QUERY, MAX_ISO_TIME } from '@/content/contracts/progress';
import { text } from '../http/text';

const Best = z
  .object({
    score: z.number().min(0).max(1000),
    stars: z.number().int().min(0).max(3),
    /** The settings as the player's URL query (to replay the run). */
    query: text({ max: MAX_BEST_QUERY }),
    /** ISO time of the result. */
    at: text({ max: MAX_ISO_TIME }),
  })
  .strict();

/** A player's progress document, version 1. */
export const ProgressSchema = z
  .object({
    version: z.literal(1),
    /** Best result per level id. */
    bests: z.record(z.string().regex(LEVEL_ID, 'level id'), Best),
    /** Lesson slug → ISO time first opened (optional: older copies have none). */
    visited: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lesson slug'), text({ max: MAX_ISO_TIME })).optional(),
  })
  .strict();

/** A validated progress document. */
export type ProgressDocument = z.infer<typeof ProgressSchema>;
