/** Building levels in code (tests, phenomena, the editor): fill the boilerplate and validate. */
import type { z } from 'zod';
import { LEVEL_VERSION, LevelSchema, type Level } from './schema';

type LevelInput = z.input<typeof LevelSchema>;

/** The fields a level must name; id, title, goal text and seeds (1) have defaults here. */
export type LevelDraft = Omit<LevelInput, 'version' | 'id' | 'title' | 'goalText' | 'seeds'> &
  Partial<Pick<LevelInput, 'id' | 'title' | 'goalText' | 'seeds'>>;

/** Validates a draft level (throws a ZodError on a bad one). */
export function defineLevel(draft: LevelDraft): Level {
  return LevelSchema.parse({
    version: LEVEL_VERSION,
    id: 'draft',
    title: 'Draft level',
    goalText: 'Reach the goal.',
    seeds: 1,
    ...draft,
  });
}
