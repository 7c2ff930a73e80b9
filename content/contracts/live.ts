/**
 * The live class view's stream (GET /api/playlists/<slug>/live, Server-Sent Events), for both
 * sides: the server builds these documents (app/_server/services/live-class.ts), the browser
 * checks each event with these schemas before showing it (components/live).
 *
 * Events: `snapshot` (everything so far: the playlist's levels with their maps, each nickname's
 * best stars per level, the latest runs' paths), then one `run` per run stored after it, and
 * `resync` when the server may have missed runs (the page reads a fresh snapshot). Comments
 * (`: keep-alive`) keep idle connections open. Pure: no server or UI code.
 */
import { z } from '@/engine/zod';
import { GoalSchema } from '@/engine';

/** Latest runs with a path a snapshot carries per level. */
export const LIVE_RUNS_PER_LEVEL = 24;
/** The most points a run's path has (components/explain/path-points.ts writes at most 64). */
const MAX_PATH_NUMBERS = 2 * 64;

const finite = z.number().finite();
const pair = z.tuple([finite, finite]);
const polyline = z.array(finite).max(100_000);

/** One run as the live view draws it. */
export const LiveRunSchema = z.object({
  id: z.string().max(64),
  levelId: z.string().max(64),
  nickname: z.string().max(64).nullable(),
  stars: z.number().int().min(0).max(3),
  score: z.number().int().min(0).max(1000),
  outcome: z.string().max(40),
  assisted: z.boolean(),
  path: z.array(finite).max(MAX_PATH_NUMBERS),
  createdAt: z.string().max(40),
});
export type LiveRun = z.infer<typeof LiveRunSchema>;

/** A level's contour map over its domain (components/explain/prepare.ts, ContourMap). */
export const LiveMapSchema = z.object({
  box: z.object({ x: pair, y: pair }),
  n: z.number().int().min(2).max(512),
  levels: z.array(z.object({ value: finite, lines: z.array(polyline).max(10_000) })).max(64),
  goalLines: z.array(polyline).max(10_000).nullable(),
});

/** One level of the playlist, in order, with what its swarm is drawn over. */
export const LiveLevelSchema = z.object({
  position: z.number().int().min(1),
  levelId: z.string().max(64),
  title: z.string().max(200).nullable(),
  /** The map (null: the level no longer exists, or is too costly to map). */
  map: LiveMapSchema.nullable(),
  axes: z.tuple([z.string().max(40), z.string().max(40)]),
  landmarks: z.array(z.object({ name: z.string().max(80), at: pair })).max(32),
  start: pair.nullable(),
  goal: GoalSchema.nullable(),
});
export type LiveLevel = z.infer<typeof LiveLevelSchema>;

/** One nickname's best on one level so far. */
export const LiveBestSchema = z.object({
  levelId: z.string().max(64),
  nickname: z.string().max(64).nullable(),
  attempts: z.number().int().min(0),
  bestStars: z.number().int().min(0).max(3),
  bestScore: z.number().int().min(0).max(1000),
});
export type LiveBest = z.infer<typeof LiveBestSchema>;

/** The first event of a stream. */
export const LiveSnapshotSchema = z.object({
  slug: z.string().max(40),
  title: z.string().max(200),
  published: z.boolean(),
  levels: z.array(LiveLevelSchema).max(50),
  best: z.array(LiveBestSchema).max(50_000),
  runs: z.array(LiveRunSchema).max(50 * LIVE_RUNS_PER_LEVEL),
  at: z.string().max(40),
});
export type LiveSnapshot = z.infer<typeof LiveSnapshotSchema>;
