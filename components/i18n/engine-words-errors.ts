/**
 * The engine's messages about a level in the reader's language: the terrain parser's errors
 * (engine/terrain/lexer.ts, parser.ts) and the level schema's problems (zod's own English and the
 * schema's custom messages, engine/level). These reach the editor as English sentences only (a
 * LoadResult keeps path and message, a TerrainError its code but not the pieces of its message),
 * so each is read back against the `engineWords` templates: the English template, rendered, is
 * turned into a pattern; a match gives the values, and the message is said again in the reader's
 * language. Pieces that are themselves sentences (what the parser expected, the hint) are
 * matched against their own templates. A message no template matches is shown as it came.
 * engine-words-errors.test.ts feeds the real parser and schema and checks that every message is
 * recognized and its English is said again word for word.
 */
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Translate } from '@/components/i18n/translate';
import { EN_WORDS, datasetTitleIn } from '@/components/i18n/engine-words';
import { settingKeyNameIn } from '@/components/i18n/engine-words-proof';

/** A template of the catalogue and how its placeholders are read. */
export interface TextRule {
  /** The message key in `engineWords`. */
  readonly key: string;
  /** Placeholders that are themselves one of these templates. */
  readonly slots?: Readonly<Record<string, readonly TextRule[]>>;
  /** Slots that may be empty. */
  readonly optional?: readonly string[];
  /** Placeholders said in the reader's words by a function (a setting key, a data set's title). */
  readonly maps?: Readonly<Record<string, (value: string, t: Translate) => string>>;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

function rawTemplate(key: string): string {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], CATALOGUES.en.engineWords);
  if (typeof v !== 'string') throw new Error(`engineWords has no message ${key}`);
  return v;
}

const piecesCache = new Map<string, { literals: string[]; names: string[] }>();

/** The rendered English template split into literal text and placeholder names, in order. */
function pieces(key: string): { literals: string[]; names: string[] } {
  let p = piecesCache.get(key);
  if (!p) {
    const names = [...new Set([...rawTemplate(key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
    const rendered = EN_WORDS(key, Object.fromEntries(names.map((n) => [n, `${OPEN}${n}${CLOSE}`])));
    const split = rendered.split(new RegExp(`${OPEN}(\\w+)${CLOSE}`));
    p = { literals: split.filter((_, i) => i % 2 === 0), names: split.filter((_, i) => i % 2 === 1) };
    piecesCache.set(key, p);
  }
  return p;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patternCache = new Map<string, string>();

/** The rule's pattern; only its own placeholders capture when `capture`. */
function pattern(rule: TextRule, capture: boolean): string {
  const id = `${rule.key}|${capture}`;
  let out = patternCache.get(id);
  if (out === undefined) {
    const { literals, names } = pieces(rule.key);
    out = escape(literals[0]);
    names.forEach((name, i) => {
      const slot = rule.slots?.[name];
      const body = slot ? `${rule.optional?.includes(name) ? '|' : ''}${slot.map((r) => pattern(r, false)).join('|')}` : '[\\s\\S]*?';
      out += `${capture ? '(' : '(?:'}${body})${escape(literals[i + 1])}`;
    });
    patternCache.set(id, out);
  }
  return out;
}

/** The text said again in the reader's words by this rule, or null when the rule does not match. */
const regexCache = new Map<string, RegExp>();

function matchRule(rule: TextRule, text: string, t: Translate): string | null {
  let re = regexCache.get(rule.key);
  if (!re) regexCache.set(rule.key, (re = new RegExp(`^${pattern(rule, true)}$`)));
  const m = re.exec(text);
  if (!m) return null;
  const values: Record<string, string> = {};
  const { names } = pieces(rule.key);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const v = m[i + 1];
    const slot = rule.slots?.[name];
    if (slot) {
      const said = v === '' && rule.optional?.includes(name) ? '' : matchText(slot, v, t);
      if (said === null) return null;
      values[name] = said;
    } else values[name] = rule.maps?.[name]?.(v, t) ?? v;
  }
  return t(rule.key, values);
}

/** The text said again by the first rule that matches it, or null. */
export function matchText(rules: readonly TextRule[], text: string, t: Translate = EN_WORDS): string | null {
  for (const rule of rules) {
    const said = matchRule(rule, text, t);
    if (said !== null) return said;
  }
  return null;
}

const rules = (prefix: string, keys: readonly string[]): TextRule[] => keys.map((k) => ({ key: `${prefix}.${k}` }));

const FOUND = rules('terrainError.found', ['end', 'number', 'token']);
const WHAT = rules('terrainError.what', ['operatorOrEnd', 'operand', 'openAfter', 'close', 'closeOrComma']);
const HINT = rules('terrainError.hint', ['multiply', 'unmatched', 'commas', 'powers']);
const CHAR_HINT = rules('terrainError.charHint', ['multiply', 'divide', 'minus', 'square', 'cube', 'pi', 'sqrt', 'equals', 'grouping']);
const WANT = rules('terrainError.want', ['one', 'many']);

/** Every message of the terrain parser (and of the compiler, for a hand-built tree). */
export const TERRAIN_ERROR_RULES: readonly TextRule[] = [
  { key: 'terrainError.unexpectedChar', slots: { hint: CHAR_HINT } },
  ...rules('terrainError', ['unexpectedCharPlain', 'decimalDigit', 'malformed', 'tooLarge', 'empty', 'notText']),
  { key: 'terrainError.expected', slots: { what: WHAT, found: FOUND, hint: HINT }, optional: ['hint'] },
  { key: 'terrainError.arity', slots: { want: WANT } },
  ...rules('terrainError', ['tooManyNodes', 'tooDeep']),
  { key: 'terrainError.lowerCase', slots: { found: FOUND } },
  { key: 'terrainError.unknown', slots: { found: FOUND } },
  ...rules('terrainError', ['tooLong', 'compile']),
];

const SETTING = { key: settingKeyNameIn };
const CONTROL: TextRule[] = ['locked', 'oneOf', 'between'].map((k) => ({ key: `validation.${k}`, maps: SETTING }));

/** The level schema's messages: zod's (a teacher meets the size and range ones) and the schema's own. */
export const VALIDATION_RULES: readonly TextRule[] = [
  ...rules('validation', ['emptyText', 'textTooShort', 'textTooLong', 'numberMin', 'numberAbove', 'numberMax', 'numberBelow', 'arrayMin', 'arrayMax']),
  ...rules('validation', ['invalidType', 'invalidValue', 'invalidOption', 'unrecognizedKey', 'unrecognizedKeys', 'invalidInput']),
  ...rules('validation', ['starsIncrease', 'minMax', 'batchTooBig']),
  { key: 'validation.batchTooBigRows', maps: { title: datasetTitleIn } },
  { key: 'validation.defaultOutside', slots: { problem: CONTROL } },
  ...CONTROL,
  ...rules('validation', ['domainIncreasing', 'levelId']),
  { key: 'validation.terrain', slots: { message: TERRAIN_ERROR_RULES } },
  ...rules('validation', ['answer', 'newerFormat', 'jsonTooLong', 'notJson', 'variationEmpty', 'noFeature', 'featureTwice']),
];

/** A terrain parser's message in the reader's words (as it came when no template knows it). */
export function terrainErrorIn(message: string, t: Translate = EN_WORDS): string {
  return matchText(TERRAIN_ERROR_RULES, message, t) ?? message;
}

/** A level problem's message (engine LoadResult) in the reader's words (as it came when no template knows it). */
export function validationMessageIn(message: string, t: Translate = EN_WORDS): string {
  return matchText(VALIDATION_RULES, message, t) ?? message;
}
