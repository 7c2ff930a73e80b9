/**
 * The player's best result per level, kept in the browser (localStorage). Versioned key; bad or
 * foreign data is ignored rather than trusted. The course issue builds progress views on it.
 */
import { z } from 'zod';

const KEY = 'descent.best.v1';

const BestSchema = z.object({
  score: z.number().min(0).max(1000),
  stars: z.number().int().min(0).max(3),
  query: z.string().max(2000),
  at: z.string().max(40),
});

/** A remembered best result. */
export type Best = z.infer<typeof BestSchema>;

const StoreSchema = z.record(z.string().max(64), BestSchema);

/** All remembered bests (empty when storage is unavailable or corrupt). */
export function readBests(): Record<string, Best> {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return {};
    const res = StoreSchema.safeParse(JSON.parse(raw));
    return res.success ? res.data : {};
  } catch {
    return {};
  }
}

/** Records a result if it beats the stored best; returns the best after the update. */
export function recordResult(levelId: string, result: Omit<Best, 'at'>): Best {
  const all = readBests();
  const prev = all[levelId];
  if (prev && prev.score >= result.score) return prev;
  const next: Best = { ...result, at: new Date().toISOString() };
  all[levelId] = next;
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage full or disabled: the result still shows, it just is not remembered
  }
  return next;
}
