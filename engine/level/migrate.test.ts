import { describe, expect, it } from 'vitest';
import { LEVEL_VERSION, levelDefaults, type Level } from './schema';
import { loadLevel, migrateLevel } from './migrate';
import { migrateSettings, parseStoredSettings } from './migrate-settings';
import { resolveSettings } from './resolve';
import { simulate } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { RMS_DEFAULT_V1, RMS_OPTION_V1 } from './fixtures/v1-rmsprop';

/**
 * These trajectories were recorded with the engine as it was before format 2 (RMSprop reading
 * β₂), by loading the same v1 fixtures: the migrated levels must replay them bit for bit.
 */
const RECORDED = {
  defaults: { steps: 125, x: 0.04664043690806432, y: -0.002644523351381633, sx: 3312.6151889993844, sy: 320.6989196955193 },
  solution: { steps: 116, x: 0.04369435766995035, y: 0.008283811186289167, sx: 3610.2403772577372, sy: 428.8061793830862 },
  option: { steps: 8, x: 0.02771913419408468, y: -0.004235847362911172, sx: 10.551073996043364, sy: 0.9548477455293767 },
  optionB2: { steps: 200, x: 0.1718057857055673, y: -0.0023690443514905266, sx: 13226.817395862252, sy: 1612.1548259856877 },
};

const weighted = (a: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * (i + 1);
  return s;
};

function load(doc: unknown): Level {
  const r = loadLevel(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.level;
}

function replay(level: Level, input: unknown, seed: number) {
  const res = resolveSettings(level, input);
  if (!res.ok) throw new Error(res.message);
  const t = simulate(level, res.settings, seed, { record: 'every-step' });
  return { steps: t.steps, x: t.x[t.steps], y: t.y[t.steps], sx: weighted(t.x), sy: weighted(t.y), trace: t };
}

describe('level format 1 → 2 (RMSprop’s own ρ)', () => {
  it('moves RMSprop’s β₂ to ρ in defaults, controls and solution', () => {
    expect(LEVEL_VERSION).toBe(2);
    const a = migrateLevel(RMS_DEFAULT_V1) as Record<string, unknown>;
    expect(a.version).toBe(2);
    expect(a.defaults).toEqual({ optimizer: 'rmsprop', lr: 0.02, batchSize: 4, beta2: 0.95, rho: 0.95 });
    expect(a.controls).toEqual({ optimizer: { options: ['sgd', 'rmsprop'] }, rho: { min: 0.9, max: 0.99 } });
    expect(a.solution).toEqual({ optimizer: 'rmsprop', lr: 0.02, rho: 0.9 });
    const b = migrateLevel(RMS_OPTION_V1) as Record<string, unknown>;
    expect(b.defaults).toEqual({ optimizer: 'sgd', lr: 0.01, batchSize: 8, rho: 0.999 });
    // With Adam an option too, β₂ served both: Adam keeps it and RMSprop gets a copy.
    expect(b.controls).toMatchObject({ beta2: { min: 0.9, max: 0.9999 }, rho: { min: 0.9, max: 0.9999 } });
    // Idempotent, and the input is not modified.
    expect(migrateLevel(a)).toEqual(a);
    expect(RMS_DEFAULT_V1.version).toBe(1);
    expect('rho' in RMS_DEFAULT_V1.defaults).toBe(false);
  });

  it('leaves levels without RMSprop as they were, apart from the version', () => {
    const { controls: _c, solution: _s, ...rest } = RMS_OPTION_V1;
    const doc = { ...rest, controls: { optimizer: { options: ['sgd', 'adam'] }, beta2: { min: 0.9, max: 0.9999 } } };
    expect(migrateLevel(doc)).toEqual({ ...doc, version: 2 });
  });

  it('replays every RMSprop trajectory bit for bit', () => {
    const a = load(RMS_DEFAULT_V1);
    const b = load(RMS_OPTION_V1);
    const strip = ({ trace: _t, ...r }: ReturnType<typeof replay>) => r;
    expect(strip(replay(a, {}, 1))).toEqual(RECORDED.defaults);
    expect(strip(replay(a, a.solution, 2))).toEqual(RECORDED.solution);
    expect(strip(replay(b, b.solution, 1))).toEqual(RECORDED.option);
    // An old client or stored run that set β₂ for RMSprop: read as ρ.
    expect(strip(replay(b, { optimizer: 'rmsprop', beta2: 0.95 }, 1))).toEqual(RECORDED.optionB2);
    // The same trajectory as the current format's explicit ρ, array for array.
    const old = replay(b, { optimizer: 'rmsprop', beta2: 0.95 }, 1).trace;
    const now = replay(b, { optimizer: 'rmsprop', rho: 0.95 }, 1).trace;
    expect(Array.from(now.x)).toEqual(Array.from(old.x));
    expect(Array.from(now.y)).toEqual(Array.from(old.y));
  });
});

describe('settings written before format 2', () => {
  /** A complete settings object as stored before `rho` existed. */
  const { rho: _rho, ...v1Row } = { ...DEFAULT_SETTINGS, optimizer: 'rmsprop' as const, lr: 0.03, beta2: 0.95 };

  it('an old stored RMSprop row parses, with its β₂ as ρ', () => {
    expect(parseStoredSettings(v1Row)).toEqual({ ...v1Row, beta2: undefined, rho: 0.95 } as Partial<Settings>);
    expect('beta2' in parseStoredSettings(v1Row)).toBe(false);
    const adamRow = { ...v1Row, optimizer: 'adam' };
    expect(parseStoredSettings(adamRow)).toEqual(adamRow);
    const current = { ...DEFAULT_SETTINGS, optimizer: 'rmsprop' as const };
    expect(parseStoredSettings(current)).toEqual(current);
    expect(() => parseStoredSettings({ ...v1Row, lr: 'fast' })).toThrow();
  });

  it('an old row resolves on the migrated level: ρ from β₂ for RMSprop, else the level’s default', () => {
    const b = load(RMS_OPTION_V1);
    const rms = resolveSettings(b, parseStoredSettings({ ...v1Row, lr: 0.01, batchSize: 8 }));
    expect(rms).toMatchObject({ ok: true, settings: { optimizer: 'rmsprop', rho: 0.95, beta2: levelDefaults(b).beta2 } });
    const sgd = resolveSettings(b, parseStoredSettings({ ...v1Row, optimizer: 'sgd', lr: 0.01, batchSize: 8, beta2: 0.999 }));
    expect(sgd).toMatchObject({ ok: true, settings: { optimizer: 'sgd', rho: 0.999 } });
  });

  it('migrateSettings uses the level’s optimizer when the input names none, and is idempotent', () => {
    expect(migrateSettings({ beta2: 0.9 }, 'rmsprop')).toEqual({ rho: 0.9 });
    expect(migrateSettings({ beta2: 0.9 }, 'adam')).toEqual({ beta2: 0.9 });
    expect(migrateSettings({ optimizer: 'rmsprop', beta2: 0.9, rho: 0.5 })).toEqual({ optimizer: 'rmsprop', beta2: 0.9, rho: 0.5 });
    expect(migrateSettings(migrateSettings({ optimizer: 'rmsprop', beta2: 0.9 }))).toEqual({ optimizer: 'rmsprop', rho: 0.9 });
    expect(migrateSettings('nonsense')).toBe('nonsense');
  });
});
