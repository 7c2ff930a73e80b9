/**
 * The engine's words in the reader's language: landscape families (label, summary, the names of
 * their parameters as the editor shows them), the terrain language's reference and its gallery of
 * starting terrains, and the real data sets' descriptions. The engine stays free of translations
 * (engine/landscape/families, engine/terrain/reference.ts, engine/terrain/gallery.ts,
 * engine/data/catalogue.ts); the `engineWords` catalogue repeats its English word for word
 * (engine-words.test.ts keeps them in step), so English pages read exactly as before.
 * Proof verdicts and setting changes: ./engine-words-proof.ts; parser and schema messages:
 * ./engine-words-errors.ts.
 */
import type { FamilyId } from '@/engine';
import type { TerrainFunctionRef, TerrainLimitInfo, TerrainNameInfo, TerrainOperatorInfo, GrammarRule } from '@/engine/terrain/reference';
import { TERRAIN_REFERENCE } from '@/engine/terrain/reference';
import type { GalleryTerrain } from '@/engine/terrain/gallery';
import { DATASETS, isDatasetName } from '@/engine/data/catalogue';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import { translatorFor, type Translate } from '@/components/i18n/translate';

/** The English catalogue as data: which entries exist. */
const EN_CATALOGUE = CATALOGUES.en.engineWords as { params: unknown; paramOptions: unknown };

/** The English `engineWords` translator (the default of every helper here). */
export const EN_WORDS: Translate = translatorFor('engineWords');

/** A family's name ("Ravine (ill-conditioned quadratic)"). */
export function familyLabelIn(id: FamilyId, t: Translate = EN_WORDS): string {
  return t(`families.${id}.label`);
}

/** A family's one sentence for the editor. */
export function familySummaryIn(id: FamilyId, t: Translate = EN_WORDS): string {
  return t(`families.${id}.summary`);
}

/** Whether the catalogue names this family parameter (the ones the editor shows as plain inputs). */
function hasParam(id: FamilyId, key: string): boolean {
  const all = (EN_CATALOGUE.params as Record<string, Record<string, string> | undefined>)[id];
  return !!all && Object.prototype.hasOwnProperty.call(all, key);
}

/** A family parameter as the editor labels it: its schema key in English ("kappa"), with a name in Chinese. */
export function paramNameIn(id: FamilyId, key: string, t: Translate = EN_WORDS): string {
  return hasParam(id, key) ? t(`params.${id}.${key}`) : key;
}

/** One option of a family's choice parameter (the value itself when the catalogue has no words for it). */
export function paramOptionIn(id: FamilyId, key: string, option: string, t: Translate = EN_WORDS): string {
  const opts = (EN_CATALOGUE.paramOptions as Record<string, Record<string, Record<string, string>> | undefined>)[id]?.[key];
  return opts && Object.prototype.hasOwnProperty.call(opts, option) ? t(`paramOptions.${id}.${key}.${option}`) : option;
}

/** Catalogue keys of the reference's operators (their symbols are not message keys). */
export const OPERATOR_KEYS: Readonly<Record<string, string>> = {
  '+': 'add',
  '-': 'subtract',
  '*': 'multiply',
  '/': 'divide',
  '^': 'power',
  '( )': 'brackets',
  ',': 'comma',
};

/** Catalogue keys of the reference's short rules, in the engine's order (TERRAIN_NOTES). */
export const NOTE_KEYS = ['numbers', 'names', 'expression', 'spaces', 'kinks', 'domain'] as const;

/** A variable's or constant's meaning ("the first parameter (horizontal axis of the map)"). */
export function terrainNameDocIn(info: TerrainNameInfo, t: Translate = EN_WORDS): string {
  return t(info.name === 'x' || info.name === 'y' ? `terrain.variables.${info.name}` : `terrain.constants.${info.name}`);
}

/** An operator's meaning. */
export function terrainOperatorDocIn(op: TerrainOperatorInfo, t: Translate = EN_WORDS): string {
  return t(`terrain.operators.${OPERATOR_KEYS[op.symbol]}`);
}

/** A built-in function's one-line meaning (its name and signature stay as typed). */
export function terrainFunctionDocIn(fn: TerrainFunctionRef, t: Translate = EN_WORDS): string {
  return t(`terrain.functions.${fn.name}`);
}

/** A limit's name and what it counts ("length", "characters in the whole expression, spaces included"). */
export function terrainLimitIn(limit: TerrainLimitInfo, t: Translate = EN_WORDS): { label: string; doc: string } {
  return { label: t(`terrain.limits.${limit.key}.label`), doc: t(`terrain.limits.${limit.key}.doc`) };
}

/** The reference's short rules, in order. */
export function terrainNotesIn(t: Translate = EN_WORDS): string[] {
  return TERRAIN_REFERENCE.notes.map((_, i) => t(`terrain.notes.${NOTE_KEYS[i]}`));
}

/** What a grammar rule means for the teacher (the rule itself stays as written). */
export function grammarNoteIn(rule: GrammarRule, t: Translate = EN_WORDS): string {
  return t(`terrain.grammar.${rule.name}`);
}

/** A gallery terrain's name and what it teaches. */
export function galleryEntryIn(g: GalleryTerrain, t: Translate = EN_WORDS): { name: string; teaches: string } {
  return { name: t(`gallery.${g.id}.name`), teaches: t(`gallery.${g.id}.teaches`) };
}

/** A real data set's words: title, summary, licence, source and what it predicts. */
export function datasetWordsIn(name: string, t: Translate = EN_WORDS): { title: string; summary: string; licence: string; source: string; target: string } | null {
  if (!isDatasetName(name)) return null;
  const w = (k: string) => t(`datasets.${name}.${k}`);
  return { title: w('title'), summary: w('summary'), licence: w('licence'), source: w('source'), target: w('target') };
}

/** One of a data set's input columns as shown ("Beak Length (mm)"): the column itself when unknown. */
export function datasetFeatureIn(name: string, feature: string, t: Translate = EN_WORDS): string {
  if (!isDatasetName(name)) return feature;
  const i = DATASETS[name].choices.indexOf(feature);
  return i < 0 ? feature : t(`datasets.${name}.features.${i}`);
}

/** A data set's name from its English title (the engine's messages name it so), else the title as it came. */
export function datasetTitleIn(title: string, t: Translate = EN_WORDS): string {
  const name = Object.values(DATASETS).find((d) => d.title === title)?.name;
  return name ? t(`datasets.${name}.title`) : title;
}

/**
 * Why runs fell short, as the teachers' results name a finding kind (content/finding-labels.ts,
 * from engine/explain's kinds): null for a kind the catalogue does not know.
 */
export function failureLabelIn(kind: string, t: Translate = EN_WORDS): string | null {
  const known = Object.prototype.hasOwnProperty.call((CATALOGUES.en.engineWords as { failures: object }).failures, kind);
  return known ? t(`failures.${kind}`) : null;
}
