/**
 * The level behind a level id as the player uses it: a built-in id, or `c-<slug>` for a
 * teacher's published level. Lets the leaderboard and explanation endpoints serve custom levels
 * under the same URLs (the player asks them with its level's id).
 */
import type { Level } from '@/engine';
import { getLevel } from '@/content/levels';
import { getPublishedCustomLevel } from '../db/custom-levels';
import type { Queryable } from '../db/types';
import { customRunLevelId, slugOfPlayLevelId } from './custom-level';

/** The level and its id in the runs table, or null when there is none (or it is unpublished). */
export async function levelForPlayId(q: () => Promise<Queryable>, levelId: string): Promise<{ level: Level; runLevelId: string } | null> {
  const builtin = getLevel(levelId);
  if (builtin) return { level: builtin, runLevelId: levelId };
  const slug = slugOfPlayLevelId(levelId);
  if (slug === null) return null;
  const found = await getPublishedCustomLevel(await q(), slug);
  return found ? { level: { ...found.level, id: levelId }, runLevelId: customRunLevelId(slug) } : null;
}
