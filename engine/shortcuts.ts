/**
 * The shortcut sweep: proves that a level is won by its idea and not by the first thing a
 * player tries. For a level with an `intent` (see IntentSchema in ./level/schema.ts):
 *
 * - every unlocked control outside `intent.controls` is moved alone over its slider, with
 *   everything else at the level's defaults (a control the default optimizer does not read is
 *   hidden in the player, so it is not swept);
 * - every declared shortcut sets its settings and moves its `sweep` controls over all their
 *   combinations (a swept control the combination's optimizer does not read stays put);
 * - each probe is scored with the real scoreLevel; the best of each shortcut must earn at most
 *   `maxShortcutStars`, and `intent.fix` must earn three stars.
 *
 * A slider is tried at every position when it has at most `positions` distinct values (batch
 * sizes up to 64, say), else at `positions` evenly spaced ticks, ends and default included, and
 * then refined tick by tick around its best probe (two passes: ±28 ticks in steps of 4, then ±3
 * in steps of 1), so a narrow winning window next to the best coarse point is not missed.
 * `positions` defaults to every tick (SLIDER_TICKS + 1) on cheap levels, where a probe costs at
 * most FULL_SWEEP_COST example evaluations (see defaultPositions: the deterministic one-example
 * levels, where a chaotic run near a stability edge can win in a window a few ticks wide), and
 * to 33 elsewhere.
 * Pure and deterministic: the content test, `scripts/shortcut-table.ts` and a server-side
 * calibration of teachers' levels run the same code.
 */
import type { Level, Shortcut } from './level/schema';
import { definedSettings, levelDefaults } from './level/schema';
import type { Settings, SettingKey } from './settings';
import type { Landscape } from './landscape/types';
import { CHECK_EVERY, landscapeFor, landscapeVariant } from './simulate';
import { scoreLevel, type LevelScore } from './score';
import { settingApplies } from './settings-registry';
import { SLIDER_TICKS, controlPositions, sliderSpec, sliderValueAt, sliderValues } from './level/slider';
import { resolveVariation } from './landscape/registry';

/** One scored setting. */
export interface Probe {
  readonly settings: Settings;
  readonly result: LevelScore;
}

/** The best a shortcut achieved. */
export interface ShortcutFinding {
  readonly label: string;
  /** `alone`: an implied one-control sweep; `declared`: one of the level's shortcuts. */
  readonly kind: 'alone' | 'declared';
  /** Number of settings scored. */
  readonly tried: number;
  /** The highest-ranked probe (stars, then score). */
  readonly best: Probe;
}

/** The sweep's verdict on one level. */
export interface IntentAudit {
  readonly levelId: string;
  readonly cap: 1 | 2;
  readonly fix: Probe;
  readonly findings: readonly ShortcutFinding[];
  /** The finding with the most stars (then score), or null when nothing was swept. */
  readonly best: ShortcutFinding | null;
  /** Every finding within the cap and the fix at three stars. */
  readonly pass: boolean;
}

/** Options of the sweep. */
export interface SweepOptions {
  /** Positions per slider before refinement (default: defaultPositions). */
  readonly positions?: number;
}

/** A level whose probes cost at most this many example evaluations is swept at every slider tick. */
export const FULL_SWEEP_COST = 2000;

/**
 * Slider positions per control when the caller does not choose: every tick on cheap levels, else
 * 33. A probe's cost is seeds × budget × (examples per step + the loss goal's split / CHECK_EVERY).
 */
export function defaultPositions(level: Level): number {
  const v = resolveVariation(level.landscape);
  const { goal } = level;
  const checked = goal.kind === 'loss' ? (goal.split === 'test' ? v.nTest : v.n) / CHECK_EVERY : 0;
  const cost = level.seeds * level.budget * (v.n + checked);
  return cost <= FULL_SWEEP_COST ? SLIDER_TICKS + 1 : 33;
}

const better = (a: Probe, b: Probe | null) =>
  !b || a.result.stars > b.result.stars || (a.result.stars === b.result.stars && a.result.score > b.result.score);

/** The settings a level's controls can differ in, as "lr 0.2, batchSize 4" (for tables and messages). */
export function describeChange(level: Level, settings: Settings): string {
  const base = levelDefaults(level);
  const parts = (Object.keys(settings) as SettingKey[])
    .filter((k) => settings[k] !== base[k] && (k === 'optimizer' || settingApplies(k, settings.optimizer)))
    .map((k) => `${k} ${String(settings[k])}`);
  return parts.length ? parts.join(', ') : 'defaults';
}

/** Scores settings on a level, reusing one landscape per variant (BatchNorm, standardization). */
function scorer(level: Level): { score: (s: Settings) => Probe; count: () => number } {
  const lands = new Map<string, Landscape>();
  let n = 0;
  return {
    score(settings) {
      n++;
      const variant = landscapeVariant(settings);
      let land = lands.get(variant);
      if (!land) lands.set(variant, (land = landscapeFor(level, settings)));
      return { settings, result: scoreLevel(level, settings, land) };
    },
    count: () => n,
  };
}

/** Every combination of the swept controls' positions over `base`. */
function combinations(level: Level, base: Settings, keys: readonly SettingKey[], positions: number): Settings[] {
  let out: Settings[] = [base];
  // The optimizer first, so the others know which optimizer reads them.
  const ordered = [...keys].sort((a, b) => Number(b === 'optimizer') - Number(a === 'optimizer'));
  for (const key of ordered) {
    const next: Settings[] = [];
    for (const s of out) {
      if (key !== 'optimizer' && !settingApplies(key, s.optimizer)) next.push(s);
      else for (const v of controlPositions(level, key, s, positions)) next.push({ ...s, [key]: v });
    }
    out = next;
  }
  return out;
}

/** Tick-by-tick refinement of the best probe along each sampled slider (see file note). */
function refine(level: Level, best: Probe, keys: readonly SettingKey[], positions: number, score: (s: Settings) => Probe): Probe {
  let top = best;
  for (const key of keys) {
    const spec = sliderSpec(level, key);
    if (!spec || !settingApplies(key, top.settings.optimizer)) continue;
    const values = sliderValues(spec);
    if (values.length <= positions) continue;
    for (const [reach, stride] of [
      [28, 4],
      [3, 1],
    ]) {
      const at = values.reduce((b, p) => (Math.abs(p.value - (top.settings[key] as number)) < Math.abs(b.value - (top.settings[key] as number)) ? p : b)).tick;
      for (let d = -reach; d <= reach; d += stride) {
        const t = at + d;
        if (d === 0 || t < 0 || t > SLIDER_TICKS) continue;
        const probe = score({ ...top.settings, [key]: sliderValueAt(spec, t) });
        if (better(probe, top)) top = probe;
      }
    }
  }
  return top;
}

/** Plays one shortcut: its settings over the defaults, its controls swept. */
export function sweepShortcut(level: Level, shortcut: Shortcut, kind: ShortcutFinding['kind'], opts: SweepOptions = {}): ShortcutFinding {
  const positions = opts.positions ?? defaultPositions(level);
  const { score, count } = scorer(level);
  const base = { ...levelDefaults(level), ...definedSettings(shortcut.settings) };
  let best: Probe | null = null;
  for (const s of combinations(level, base, shortcut.sweep, positions)) {
    const probe = score(s);
    if (better(probe, best)) best = probe;
  }
  const top = refine(level, best as Probe, shortcut.sweep, positions, score);
  return { label: shortcut.label, kind, tried: count(), best: top };
}

/** The implied one-control shortcuts of a level: every unlocked control outside the idea's. */
export function impliedShortcuts(level: Level): Shortcut[] {
  const idea = new Set(level.intent?.controls ?? []);
  const optimizer = levelDefaults(level).optimizer;
  return (Object.keys(level.controls) as SettingKey[])
    .filter((key) => !idea.has(key) && (key === 'optimizer' || settingApplies(key, optimizer)))
    .map((key) => ({ label: `only ${key}`, settings: {}, sweep: [key] }));
}

/** Runs the whole sweep on a level with an intent (throws on a level without one). */
export function auditIntent(level: Level, opts: SweepOptions = {}): IntentAudit {
  const intent = level.intent;
  if (!intent) throw new Error(`level ${level.id} has no intent`);
  const fix = scorer(level).score({ ...levelDefaults(level), ...definedSettings(intent.fix) });
  const findings = [
    ...impliedShortcuts(level).map((s) => sweepShortcut(level, s, 'alone', opts)),
    ...intent.shortcuts.map((s) => sweepShortcut(level, s, 'declared', opts)),
  ];
  const best = findings.reduce<ShortcutFinding | null>((b, f) => (!b || better(f.best, b.best) ? f : b), null);
  const cap = intent.maxShortcutStars;
  const pass = fix.result.stars === 3 && findings.every((f) => f.best.result.stars <= cap);
  return { levelId: level.id, cap, fix, findings, best, pass };
}
