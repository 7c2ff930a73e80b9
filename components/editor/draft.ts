/**
 * The editor's draft: everything the teacher has typed, kept even while it is invalid (a
 * half-written terrain, a range being edited). `draftToDoc` turns it into a level document of
 * the versioned format and `validateDraft` runs it through the engine's loadLevel, so the
 * editor, import/export and the server all judge a level by the same zod schema. A real
 * network's rows come from its data set: its document has no variation, and once the rows are
 * loaded in the page its batch sizes are checked against the real training rows too.
 */
import {
  DEFAULT_SETTINGS, LEVEL_VERSION, loadLevel, type Controls, type FamilyId, type Goal, type Intent, type Level, type LevelProof, type LoadResult,
  type Settings, type SettingKey,
} from '@/engine';
import { FAMILIES, SETTING_KEYS, levelDefaults, resolveSettings, resolveVariation, scoreLevel } from '@/engine';
import { defaultParams } from './params';
import { SOLVED_SCORE } from './sweep';
import { familyVariation, rowsFromParams } from './network-data';
import { loadedNetworkRows, networkDataLoaded, networkRowProblems } from '@/engine/level/network-rows';
import { offeredSettings } from './controls';
import type { Message, Translate } from './i18n';

/** What calibration found, tied to the level it ran on by a fingerprint. */
export interface CalibrationRecord {
  /** fingerprint() of the level document the sweep scored. */
  readonly fingerprint: string;
  readonly bestScore: number;
  readonly successRate: number;
  readonly tried: number;
  readonly proposedStars: [number, number, number];
  /** The unlocked settings of the best combination (the level's solution). */
  readonly solution: Partial<Settings>;
  /**
   * With a stated intent: the best combination found does not use the idea (calibration.ts), as
   * a `teacher` message (a plain string in drafts saved before the site had two editions).
   */
  readonly warning?: Message | string | null;
  /** With a stated intent: that better combination, which does not use the idea. */
  readonly shortcut?: Settings | null;
}

/** The editor's state. */
export interface Draft {
  id: string;
  title: string;
  goalText: string;
  hints: string[];
  solutionText: string;
  family: FamilyId;
  /** Parameters per family, so switching families and back loses nothing. */
  params: Partial<Record<FamilyId, Record<string, unknown>>>;
  /** Per-example variation (not written for a family whose rows come from a data set). */
  variation: { n: number; nTest: number; spread: [number, number]; seed: number };
  start: [number, number];
  goal: Goal;
  budget: number;
  seeds: number;
  stallGradNorm: number;
  /** Every setting's value before the player touches anything. */
  defaults: Settings;
  controls: Controls;
  stars: [number, number, number];
  solution: Partial<Settings> | null;
  calibration: CalibrationRecord | null;
  /** What the level is meant to teach (engine IntentSchema), or null: nothing to prove. */
  intent: Intent | null;
  /** The last proof shown (intent.ts `proofKey` of the level it ran on). */
  proof: { key: string; proof: LevelProof } | null;
  /** The language the teacher writes in (the editor's edition when the level was started). */
  lang: 'en' | 'zh';
}

/** The words a new level starts with (the editor passes them in the page's edition). */
export interface NewLevelWords {
  readonly title: string;
  readonly goalText: string;
  /** The edition the editor is open in: the level's texts are in its language. */
  readonly lang?: 'en' | 'zh';
}

const NEW_LEVEL_WORDS: NewLevelWords = { title: 'My level', goalText: 'Reach the goal region.' };

/** A new level: a custom terrain with a saddle, plain SGD, learning rate unlocked. */
export function newDraft(words: NewLevelWords = NEW_LEVEL_WORDS): Draft {
  return {
    id: 'my-level',
    title: words.title,
    goalText: words.goalText,
    hints: [],
    solutionText: '',
    family: 'terrain',
    params: { terrain: { ...defaultParams('terrain'), expr: 'x^2 - y^2 + y^4/4' } },
    variation: { n: 32, nTest: 256, spread: [0.05, 0.05], seed: 1 },
    start: [1.5, 0.05],
    goal: { kind: 'region', center: [0, 1.41], radius: 0.3 },
    budget: 300,
    seeds: 4,
    stallGradNorm: 1e-3,
    defaults: { ...DEFAULT_SETTINGS, batchSize: 32 },
    controls: { lr: { min: 0.001, max: 0.5 } },
    stars: [300, 600, 800],
    solution: null,
    calibration: null,
    intent: null,
    proof: null,
    lang: words.lang ?? 'en',
  };
}

/** Lowercase-dashed id from a title ("My Level!" → "my-level"), never empty. */
export function levelIdFromTitle(title: string): string {
  const s = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return s || 'custom-level';
}

/** The draft's current family parameters (defaults filled in). */
export function paramsOf(d: Draft): Record<string, unknown> {
  return { ...defaultParams(d.family), ...(d.params[d.family] ?? {}) };
}

/** Only the settings that differ from the global defaults or are unlocked: a compact level file. */
function compactDefaults(d: Draft): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(d.defaults) as SettingKey[]) {
    if (d.defaults[k] !== DEFAULT_SETTINGS[k] || k in d.controls || k === 'batchSize') out[k] = d.defaults[k];
  }
  return out as Partial<Settings>;
}

/** The level document (versioned format, not yet validated). */
export function draftToDoc(d: Draft): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    version: LEVEL_VERSION,
    id: d.id,
    title: d.title,
    goalText: d.goalText,
    hints: d.hints.filter((h) => h.trim() !== ''),
    landscape: { family: d.family, params: paramsOf(d), variation: rowsFromParams(d.family) ? {} : { ...d.variation } },
    start: [...d.start],
    goal: d.goal,
    budget: d.budget,
    seeds: d.seeds,
    stallGradNorm: d.stallGradNorm,
    defaults: compactDefaults(d),
    controls: d.controls,
    stars: [...d.stars],
  };
  if (d.solutionText.trim()) doc.solutionText = d.solutionText;
  if (d.solution && Object.keys(d.solution).length) doc.solution = d.solution;
  if (d.intent) doc.intent = d.intent;
  if (d.lang === 'zh') doc.lang = d.lang;
  return doc;
}

/**
 * Validates the draft with the engine's schema (migration included), and a network's batch sizes
 * against its real training rows once they are loaded here (engine/level/network-rows.ts).
 */
export function validateDraft(d: Draft): LoadResult {
  const res = loadLevel(draftToDoc(d));
  if (!res.ok) return res;
  const rows = networkRowProblems(res.level).map(({ path, message }) => ({ path, message }));
  return rows.length > 0 ? { ok: false, errors: rows } : res;
}

/** The draft of an existing level (fork, import, edit). Calibration starts empty. */
export function levelToDraft(level: Level): Draft {
  const v = resolveVariation(level.landscape);
  return {
    id: level.id,
    title: level.title,
    goalText: level.goalText,
    hints: [...level.hints],
    solutionText: level.solutionText ?? '',
    family: level.landscape.family,
    params: { [level.landscape.family]: structuredClone(level.landscape.params) },
    variation: { n: v.n, nTest: v.nTest, spread: [v.spread[0], v.spread[1]], seed: v.seed },
    start: [level.start[0], level.start[1]],
    goal: structuredClone(level.goal),
    budget: level.budget,
    seeds: level.seeds,
    stallGradNorm: level.stallGradNorm,
    defaults: { ...DEFAULT_SETTINGS, ...level.defaults } as Settings,
    controls: structuredClone(level.controls),
    stars: [level.stars[0], level.stars[1], level.stars[2]],
    solution: level.solution ? { ...level.solution } : null,
    calibration: null,
    intent: level.intent ? structuredClone(level.intent) : null,
    proof: null,
    lang: level.lang ?? 'en',
  };
}

/**
 * Identity of what calibration depends on: the whole level except the words, the star
 * thresholds and the solution. Changing any of it makes the calibration stale.
 */
export function fingerprint(level: Level): string {
  const { landscape: l } = level;
  const params = FAMILIES[l.family].params.safeParse(l.params);
  return JSON.stringify({
    landscape: { family: l.family, params: params.success ? params.data : l.params, variation: resolveVariation(l) },
    start: level.start,
    goal: level.goal,
    budget: level.budget,
    seeds: level.seeds,
    stallGradNorm: level.stallGradNorm,
    defaults: levelDefaults(level),
    controls: level.controls,
  });
}
/** Whether a calibration proved its level solvable. */
export function provedSolvable(c: CalibrationRecord): boolean {
  return c.successRate > 0 && c.bestScore >= SOLVED_SCORE;
}

/** Whether the draft may be published, and if not, why (`t`: the `teacher` messages). */
export function publishReadiness(d: Draft, t: Translate): { ok: true; level: Level } | { ok: false; reason: string } {
  const res = validateDraft(d);
  if (!res.ok) return { ok: false, reason: t('publish.why.problems', { n: String(res.errors.length) }) };
  const c = d.calibration;
  if (!c || c.fingerprint !== fingerprint(res.level)) return { ok: false, reason: t('publish.why.calibrate') };
  if (!provedSolvable(c)) return { ok: false, reason: t('publish.why.unsolvable') };
  if (c.bestScore < d.stars[2]) return { ok: false, reason: t('publish.why.belowThree', { best: String(c.bestScore), three: String(d.stars[2]) }) };
  if (!res.level.solution || JSON.stringify(res.level.solution) !== JSON.stringify(c.solution)) {
    return { ok: false, reason: t('publish.why.apply') };
  }
  return { ok: true, level: res.level };
}

/** How sections change the draft: a pure function of the previous draft. */
export type DraftUpdate = (change: (d: Draft) => Draft) => void;

/** A teacher's copy of a level (fork): same level, new title ("… (remix)") and id, not yet calibrated. */
export function forkDraft(level: Level, t: Translate): Draft {
  const d = levelToDraft(level);
  const title = t('editor.remixTitle', { title: level.title }).slice(0, 120);
  return { ...d, title, id: levelIdFromTitle(title), calibration: calibrationFromSolution(level) };
}

/**
 * A calibration record from a level's own published solution (scored here with the engine),
 * so a published or built-in level whose landscape is unchanged need not be swept again.
 * Null when it has no solution or the solution is outside its controls, and for a network level
 * whose rows are not loaded yet (the callers load them first: CreateEditor, EditLevelApp).
 */
export function calibrationFromSolution(level: Level): CalibrationRecord | null {
  if (!level.solution || !networkDataLoaded(level.landscape)) return null;
  const resolved = resolveSettings(level, level.solution);
  if (!resolved.ok) return null;
  const r = scoreLevel(level, resolved.settings);
  return {
    fingerprint: fingerprint(level),
    bestScore: r.score,
    successRate: r.successRate,
    tried: 1,
    proposedStars: [level.stars[0], level.stars[1], level.stars[2]],
    solution: level.solution,
  };
}

/** The draft of a published level being edited: its own solution counts as its calibration. */
export function publishedDraft(level: Level): Draft {
  return { ...levelToDraft(level), calibration: calibrationFromSolution(level) };
}

/** Only the entries of a settings record whose key is in `keep`. */
function onlyKeys<T extends object>(o: T, keep: ReadonlySet<string>): T {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keep.has(k))) as T;
}

/**
 * The draft on another family: that family's own example variation (its spreads are tuned to
 * its scale; a network's comes from its data set, so every override is dropped) and batch sizes
 * that fit its number of examples (a network's real training rows once loaded). Settings the
 * family does not offer (BatchNorm, input standardization: controls.ts) are locked at their global
 * default and leave the solution; a network starts with standardized inputs (the stored trained
 * centres are standardized; raw penguin measurements do not even train to a minimum). Start and
 * goal stay.
 */
export function switchFamily(d: Draft, family: FamilyId): Draft {
  if (family === d.family) return d;
  const params = { ...defaultParams(family), ...(d.params[family] ?? {}) };
  const v = familyVariation(family, params);
  const variation = { n: v.n, nTest: v.nTest, spread: [v.spread[0], v.spread[1]] as [number, number], seed: v.seed };
  const n = loadedNetworkRows({ family, params })?.nTrain ?? v.n;
  const offered = new Set<string>(offeredSettings(family));
  const defaults = { ...d.defaults, batchSize: Math.min(d.defaults.batchSize, n) } as Record<string, unknown>;
  for (const k of SETTING_KEYS) if (!offered.has(k)) defaults[k] = DEFAULT_SETTINGS[k];
  if (family === 'network') defaults.standardize = true;
  const controls = onlyKeys(d.controls, offered);
  if (controls.batchSize) controls.batchSize = { min: Math.min(controls.batchSize.min, n), max: Math.min(controls.batchSize.max, n) };
  const solution = d.solution ? onlyKeys(d.solution, offered) : null;
  return { ...d, family, variation, defaults: defaults as Settings, controls, solution };
}
