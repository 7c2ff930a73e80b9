/** Building levels in code (tests, phenomena, the editor): fill the boilerplate and validate. */
import { LEVEL_VERSION, LevelSchema, type Level } from './schema';

/** The fields a level must name; everything else has a default. */
export type LevelDraft = Omit<Partial<Level>, 'version'> & Pick<Level, 'landscape' | 'start' | 'goal' | 'budget'>;

/** Validates a draft level (throws a ZodError on a bad one). */
export function defineLevel(draft: LevelDraft): Level {
  return LevelSchema.parse({
    version: LEVEL_VERSION,
    id: draft.id ?? 'draft',
    title: draft.title ?? 'Draft level',
    goalText: draft.goalText ?? 'Reach the goal.',
    seeds: draft.seeds ?? 1,
    ...draft,
  });
}
