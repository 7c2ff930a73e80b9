/**
 * The player's progress, kept in the browser (localStorage): the best result per level and the
 * lessons opened. Versioned keys; bad or foreign data is ignored rather than trusted. Every
 * change fires PROGRESS_EVENT on window so open views (stars, course map) update at once.
 */
import { z } from '@/engine/zod';
import { MAX_BEST_QUERY, MAX_ISO_TIME } from '@/content/contracts/progress';

export const BESTS_KEY = 'descent.best.v1';
export const VISITED_KEY = 'descent.visited.v1';

/** Fired on window after progress changes (also listen to 'storage' for other tabs). */
export const PROGRESS_EVENT = 'descent:progress';

const BestSchema = z.object({
  score: z.number().min(0).max(1000),
  stars: z.number().int().min(0).max(3),
  query: z.string().max(MAX_BEST_QUERY),
  at: z.string().max(MAX_ISO_TIME),
});

/** A remembered best result. */
export type Best = z.infer<typeof BestSchema>;

export const BestsSchema = z.record(z.string().max(64), BestSchema);
/** Lesson slug → ISO time first opened. */
export const VisitedSchema = z.record(z.string().max(64), z.string().max(MAX_ISO_TIME));

/** All remembered bests (empty when storage is unavailable or corrupt). */
export function readBests(): Record<string, Best> {
  return read(BESTS_KEY, BestsSchema);
}

/**
 * Better of two results for one level: more stars, then a higher score, then the earlier one
 * (stars first: a run that misses the goal can outscore one that barely reaches it).
 */
export function betterResult(a: Best | undefined, b: Best): Best {
  if (!a) return b;
  if (b.stars !== a.stars) return b.stars > a.stars ? b : a;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  return b.at < a.at ? b : a;
}

/** Records a result if it beats the stored best; returns the best after the update. */
export function recordResult(levelId: string, result: Omit<Best, 'at'>): Best {
  const all = readBests();
  const prev = all[levelId];
  if (prev && betterResult(prev, { ...result, at: '~' }) === prev) return prev;
  const next: Best = { ...result, at: new Date().toISOString() };
  all[levelId] = next;
  writeBests(all);
  return next;
}

/** Replaces all stored bests (used by import). */
export function writeBests(all: Record<string, Best>): void {
  write(BESTS_KEY, all);
}

/** Lessons opened so far: slug → first visit time. */
export function readVisited(): Record<string, string> {
  return read(VISITED_KEY, VisitedSchema);
}

/** Replaces the visited-lesson record (used by import). */
export function writeVisited(visited: Record<string, string>): void {
  write(VISITED_KEY, visited);
}

/** Remembers that a lesson was opened (first visit only). */
export function markVisited(slug: string): void {
  const visited = readVisited();
  if (visited[slug]) return;
  visited[slug] = new Date().toISOString();
  writeVisited(visited);
}

/** A stored record checked against its schema ({} when absent, corrupt or storage is unavailable). */
function read<T>(key: string, schema: z.ZodType<Record<string, T>>): Record<string, T> {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return {};
    const res = schema.safeParse(JSON.parse(raw));
    return res.success ? res.data : {};
  } catch {
    return {};
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the result still shows, it just is not remembered
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}
