import { describe, expect, it } from 'vitest';
import { FAMILIES, FAMILY_IDS } from '@/engine';
import { TERRAIN_REFERENCE } from '@/engine/terrain/reference';
import { TERRAIN_GALLERY } from '@/engine/terrain/gallery';
import { DATASETS, DATASET_NAMES } from '@/engine/data/catalogue';
import { paramFields } from '@/components/editor/params';
import { KIND_LABELS } from '@/content/finding-labels';
import { translatorFor } from '@/components/i18n/translate';
import {
  NOTE_KEYS, OPERATOR_KEYS, datasetFeatureIn, failureLabelIn, datasetTitleIn, datasetWordsIn, familyLabelIn, familySummaryIn, galleryEntryIn, grammarNoteIn,
  paramNameIn, paramOptionIn, terrainFunctionDocIn, terrainLimitIn, terrainNameDocIn, terrainNotesIn, terrainOperatorDocIn,
} from '@/components/i18n/engine-words';

const zh = translatorFor('engineWords', 'zh');
const han = /\p{Script=Han}/u;

describe('the engine’s words in the engineWords catalogue', () => {
  it('repeats every family’s label and summary, and names every plain parameter by its key, in English', () => {
    for (const id of FAMILY_IDS) {
      expect(familyLabelIn(id), id).toBe(FAMILIES[id].label);
      expect(familySummaryIn(id), id).toBe(FAMILIES[id].summary);
      expect(familySummaryIn(id, zh), id).toMatch(han);
      if (id === 'network') continue; // its own picker (NetworkPicker) names its fields
      for (const f of paramFields(id)) {
        expect(paramNameIn(id, f.key), `${id}.${f.key}`).toBe(f.key);
        if (f.kind === 'number' || f.kind === 'point' || f.kind === 'choice' || f.kind === 'switch') {
          expect(paramNameIn(id, f.key, zh), `${id}.${f.key}`).toMatch(han);
          expect(paramNameIn(id, f.key, zh), `${id}.${f.key}`).toContain(f.key);
        }
        if (f.kind === 'choice') for (const o of f.options) {
          expect(paramOptionIn(id, f.key, o)).toBe(o);
          expect(paramOptionIn(id, f.key, o, zh)).toMatch(han);
        }
      }
    }
    expect(paramNameIn('ravine', 'nothing', zh)).toBe('nothing');
  });

  it('repeats the terrain reference word for word in English', () => {
    const r = TERRAIN_REFERENCE;
    for (const v of [...r.variables, ...r.constants]) {
      expect(terrainNameDocIn(v)).toBe(v.doc);
      expect(terrainNameDocIn(v, zh)).not.toBe(v.doc);
    }
    expect(Object.keys(OPERATOR_KEYS).sort()).toEqual(r.operators.map((o) => o.symbol).sort());
    for (const o of r.operators) {
      expect(terrainOperatorDocIn(o), o.symbol).toBe(o.doc);
      expect(terrainOperatorDocIn(o, zh), o.symbol).toMatch(han);
    }
    for (const f of r.functions) {
      expect(terrainFunctionDocIn(f), f.name).toBe(f.doc);
      expect(terrainFunctionDocIn(f, zh), f.name).not.toBe('');
    }
    for (const l of r.limits) {
      expect(terrainLimitIn(l)).toEqual({ label: l.label, doc: l.doc });
      expect(terrainLimitIn(l, zh).doc).toMatch(han);
    }
    expect(NOTE_KEYS.length).toBe(r.notes.length);
    expect(terrainNotesIn()).toEqual([...r.notes]);
    for (const n of terrainNotesIn(zh)) expect(n).toMatch(han);
    for (const g of r.grammar) {
      expect(grammarNoteIn(g), g.name).toBe(g.note);
      expect(grammarNoteIn(g, zh), g.name).toMatch(han);
    }
  });

  it('repeats the gallery’s names and lessons in English', () => {
    for (const g of TERRAIN_GALLERY) {
      expect(galleryEntryIn(g)).toEqual({ name: g.name, teaches: g.teaches });
      expect(galleryEntryIn(g, zh).teaches).toMatch(han);
    }
  });

  it('repeats the data sets’ words and columns in English', () => {
    for (const name of DATASET_NAMES) {
      const d = DATASETS[name];
      expect(datasetWordsIn(name)).toEqual({ title: d.title, summary: d.summary, licence: d.licence, source: d.source, target: d.target });
      expect(datasetWordsIn(name, zh)?.summary).toMatch(han);
      expect(datasetTitleIn(d.title)).toBe(d.title);
      expect(datasetTitleIn(d.title, zh)).toBe(datasetWordsIn(name, zh)?.title);
      for (const f of d.choices) {
        expect(datasetFeatureIn(name, f)).toBe(f);
        expect(datasetFeatureIn(name, f, zh)).toMatch(han);
      }
    }
    expect(datasetWordsIn('nope')).toBeNull();
    expect(datasetFeatureIn('penguins', 'Wing span', zh)).toBe('Wing span');
  });

  it('repeats the teachers’ results’ failure labels in English', () => {
    for (const [kind, label] of Object.entries(KIND_LABELS)) {
      expect(failureLabelIn(kind)).toBe(label);
      expect(failureLabelIn(kind, zh)).toMatch(han);
    }
    expect(failureLabelIn('no-such-kind', zh)).toBeNull();
  });
});
