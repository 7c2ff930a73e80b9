import { describe, expect, it } from 'vitest';
import { OPTIMIZER_INFO, SETTINGS_REGISTRY } from '@/engine';
import { GLOSSARY_BY_ID } from './glossary';

describe('the settings registry’s glossary terms', () => {
  it('name entries that exist', () => {
    const ids = [...Object.values(SETTINGS_REGISTRY), ...Object.values(OPTIMIZER_INFO)].map((d) => d.glossary).filter((g): g is string => g !== null);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(GLOSSARY_BY_ID.has(id), id).toBe(true);
  });
});
