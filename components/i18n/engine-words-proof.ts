/**
 * The engine's sentences about settings and proofs in the reader's language: a change of
 * settings as engine/shortcuts.ts `describeChange` writes it ("lr 0.5, optimizer adam"), a
 * proof's row labels and verdict (engine/proof.ts), and the values of calibration's warnings
 * (components/editor/calibration.ts). A verdict is stored as English words, so it is said again
 * from the proof's own data (status, rows, cap, grid); the English said again must be the stored
 * verdict word for word, else the stored words are shown as they are (a verdict from an older
 * engine, or one cut at 500 characters). engine-words-proof.test.ts checks the English against
 * the engine's own sentences.
 */
import { SETTINGS_REGISTRY, SETTING_KEYS, type LevelProof, type SettingKey } from '@/engine';
import type { MessageValues, Translate } from '@/components/i18n/translate';
import { EN_WORDS } from '@/components/i18n/engine-words';

type ProofRow = LevelProof['rows'][number];

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** A setting as describeChange names it: its key in English ("batchSize"), its short name in Chinese. */
export function settingKeyNameIn(key: string, t: Translate = EN_WORDS): string {
  return isSettingKey(key) ? t(`change.settings.${key}`) : key;
}

/** A setting's value as describeChange writes it (`String(value)`), in the reader's words. */
export function settingValueIn(key: string, raw: string, t: Translate = EN_WORDS): string {
  if (!isSettingKey(key)) return raw;
  if (SETTINGS_REGISTRY[key].scale === 'boolean' && (raw === 'true' || raw === 'false')) return t(`change.${raw}`);
  const known = SETTINGS_REGISTRY[key].options?.some((o) => o.value === raw) ?? false;
  return known ? t(`change.options.${key}.${raw}`) : raw;
}

/** The parts of a describeChange sentence, or null when it is not one (then it is shown as it is). */
function parseChange(change: string): { key: SettingKey; raw: string }[] | null {
  if (change === 'defaults') return [];
  const parts: { key: SettingKey; raw: string }[] = [];
  for (const part of change.split(', ')) {
    const m = /^(\w+) (\S+)$/.exec(part);
    if (!m || !isSettingKey(m[1])) return null;
    parts.push({ key: m[1], raw: m[2] });
  }
  return parts;
}

/** A change of settings ("lr 0.5, optimizer adam", or "defaults") in the reader's words. */
export function changeIn(change: string, t: Translate = EN_WORDS): string {
  const parts = parseChange(change);
  if (!parts) return change;
  if (!parts.length) return t('change.defaults');
  return parts.map((p) => t('change.part', { key: settingKeyNameIn(p.key, t), value: settingValueIn(p.key, p.raw, t) })).join(t('change.separator'));
}

/** A list of setting keys as the engine joins them ("lr, momentum"), named in the reader's words. */
export function settingKeysIn(list: string, t: Translate = EN_WORDS): string {
  const keys = list.split(', ');
  return keys.every(isSettingKey) ? keys.map((k) => settingKeyNameIn(k, t)).join(t('change.listSeparator')) : list;
}

/** A proof row's label: the fix, an implied one-control shortcut ("only lr"), or the teacher's own label as written. */
export function proofLabelIn(row: Pick<ProofRow, 'kind' | 'label'>, t: Translate = EN_WORDS): string {
  if (row.kind === 'fix' && row.label === 'intended fix') return t('proof.fix');
  const only = row.kind === 'alone' ? /^only (\w+)$/.exec(row.label) : null;
  return only && isSettingKey(only[1]) ? t('proof.only', { key: settingKeyNameIn(only[1], t) }) : row.label;
}

/** The verdict said from the proof's data (engine/proof.ts `proofOfAudit`, `noIntentProof`, `tooCostlyProof`). */
function sayVerdict(proof: LevelProof, t: Translate): string {
  if (proof.status === 'none') return t('proof.none');
  const grid = proof.full || proof.positions === null ? '' : t('proof.grid', { n: String(proof.positions) });
  if (proof.status === 'proven') return t('proof.proven', { grid });
  if (!proof.rows.length) return t('proof.tooCostly');
  const fix = proof.rows.find((r) => r.kind === 'fix');
  const reasons = [
    ...(fix && fix.stars < 3 ? [t('proof.fixShort', { stars: String(fix.stars), score: String(fix.score) })] : []),
    ...proof.rows
      .filter((r) => r.kind !== 'fix' && proof.cap !== null && r.stars > proof.cap)
      .map((r) => t('proof.wins', { label: proofLabelIn(r, t), stars: String(r.stars), score: String(r.score), change: changeIn(r.change, t) })),
  ];
  return t('proof.unproven', { reasons: reasons.join(t('proof.reasonSeparator')), grid });
}

/** A proof's verdict in the reader's words (the stored words when they are not the engine's current sentence). */
export function proofVerdictIn(proof: LevelProof, t: Translate = EN_WORDS): string {
  const english = sayVerdict(proof, EN_WORDS);
  if (english !== proof.verdict) return proof.verdict;
  return t === EN_WORDS ? english : sayVerdict(proof, t);
}

/**
 * The values of a calibration warning (`calibrate.warning.*` in the `teacher` messages): the
 * combinations (`best`, `proposed`) are describeChange sentences and `controls` a list of keys.
 */
export function calibrationValuesIn(values: MessageValues | undefined, t: Translate = EN_WORDS): MessageValues | undefined {
  if (!values) return values;
  const out: Record<string, string | number> = { ...values };
  for (const k of ['best', 'proposed'] as const) if (typeof out[k] === 'string') out[k] = changeIn(out[k], t);
  if (typeof out.controls === 'string') out.controls = settingKeysIn(out.controls, t);
  return out;
}
