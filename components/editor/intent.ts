/**
 * The teacher's stated intent (issue 14, "levels that prove their point"): what the level is
 * meant to teach, in the engine's IntentSchema, and the editor's side of its proof.
 *
 * - `usesIdea`: whether settings use the idea (every intent control the fix's option, or moved
 *   from the default the fix's way, or — when the fix keeps the default — not switched off), so
 *   auto-calibration proposes a solution that does, and warns when its best one does not;
 * - `proveInEditor`: the shortcut sweep of engine/proof.ts on the same grid the server picks
 *   (same cost estimate, same bound), so the verdict shown is the one publishing stores;
 * - `proofKey`: what the proof depends on (mechanics, stars, intent): a change makes it stale;
 * - shortcut settings typed as "optimizer=sgd, batchSize=64" (parse / format).
 */
import {
  DEFAULT_SETTINGS, SETTING_KEYS, levelDefaults, proveLevel, settingApplies, type Intent, type Level, type LevelProof, type SettingKey, type Settings,
  type Shortcut,
} from '@/engine';
import { MAX_PROOF_COST, simulationCost } from '@/components/explain/sim-cost';
import { fingerprint, type Draft } from './draft';
import type { Translate } from './i18n';

/** A fresh intent for the draft: its first unlocked control carries the idea, the fix is the solution. */
export function newIntent(d: Draft): Intent {
  const keys = Object.keys(d.controls) as SettingKey[];
  return { idea: '', controls: keys.slice(0, 1), fix: { ...(d.solution ?? {}) }, shortcuts: [], maxShortcutStars: 2 };
}

/** Whether `s` uses the level's idea: every intent control set the fix's way (see file note). */
export function usesIdea(level: Level, s: Settings): boolean {
  const intent = level.intent;
  if (!intent) return true;
  const base = levelDefaults(level);
  return intent.controls.every((k) => {
    if (k !== 'optimizer' && !settingApplies(k, s.optimizer)) return false;
    const want = intent.fix[k];
    const def = base[k];
    if (want === undefined) return s[k] !== def;
    if (typeof want !== 'number' || typeof def !== 'number') return s[k] === want;
    // The fix keeps the default: the control must not be switched off (μ = 0 is plain SGD).
    if (want === def) return Math.sign(s[k] as number) === Math.sign(want);
    return Math.sign((s[k] as number) - def) === Math.sign(want - def);
  });
}

/**
 * A shortcut to rule out from what calibration found (its best combination that does not use the
 * idea): its unlocked options and switches as settings, the learning rate (else its first
 * unlocked slider) swept over every position — "optimizer adam, any lr".
 */
export function shortcutFromCalibration(level: Level, s: Settings, t: Translate): Shortcut {
  const keys = (Object.keys(level.controls) as SettingKey[]).filter((k) => k === 'optimizer' || settingApplies(k, s.optimizer));
  const sliders = keys.filter((k) => typeof s[k] === 'number');
  const sweep = sliders.includes('lr') ? (['lr'] as SettingKey[]) : sliders.slice(0, 1);
  const settings = Object.fromEntries(keys.filter((k) => !sweep.includes(k)).map((k) => [k, s[k]])) as Partial<Settings>;
  const said = formatShortcutSettings(settings) || t('intent.defaults');
  const label = (sweep.length ? t('intent.anySweep', { settings: said, key: sweep[0] }) : said).slice(0, 120);
  return { label, settings, sweep };
}

/** What the proof depends on: the calibration's fingerprint, the star thresholds and the intent. */
export function proofKey(level: Level): string {
  return JSON.stringify({ f: fingerprint(level), stars: level.stars, intent: level.intent ?? null });
}

/** The proof, as the server computes it on publish (same grid choice within MAX_PROOF_COST). */
export function proveInEditor(level: Level): LevelProof {
  return proveLevel(level, simulationCost(level, 'score'), MAX_PROOF_COST);
}

/** The draft's stored proof when it is of this exact level, else null (stale or never run). */
export function currentProof(d: Draft, level: Level | null): LevelProof | null {
  return level && d.proof && d.proof.key === proofKey(level) ? d.proof.proof : null;
}

/** Shortcut settings as typed: "optimizer=sgd, batchSize=64" (numbers, true/false, option names). */
export function formatShortcutSettings(s: Partial<Settings>): string {
  return Object.entries(s)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

/** Parses typed shortcut settings; unknown keys are reported, values coerced by the default's type. */
export function parseShortcutSettings(text: string, t: Translate): { ok: true; settings: Partial<Settings> } | { ok: false; error: string } {
  const out: Record<string, unknown> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]+)\s*=\s*(\S+)$/.exec(part);
    if (!m) return { ok: false, error: t('intent.parse.form', { part }) };
    const key = m[1] as SettingKey;
    if (!SETTING_KEYS.includes(key)) return { ok: false, error: t('intent.parse.unknown', { name: m[1] }) };
    const def = DEFAULT_SETTINGS[key];
    if (typeof def === 'number') {
      const n = Number(m[2]);
      if (!Number.isFinite(n)) return { ok: false, error: t('intent.parse.number', { key, value: m[2] }) };
      out[key] = n;
    } else if (typeof def === 'boolean') {
      if (m[2] !== 'true' && m[2] !== 'false') return { ok: false, error: t('intent.parse.flag', { key }) };
      out[key] = m[2] === 'true';
    } else out[key] = m[2];
  }
  return { ok: true, settings: out as Partial<Settings> };
}

/** One-line summary of a proof for the table's caption and the edit page. */
export function proofBadge(proof: LevelProof | null): { text: string; tone: 'ok' | 'warn' | 'none' } {
  if (!proof) return { text: 'not checked', tone: 'none' };
  if (proof.status === 'proven') return { text: 'proven', tone: 'ok' };
  if (proof.status === 'unproven') return { text: 'unproven', tone: 'warn' };
  return { text: 'no intent stated', tone: 'none' };
}
