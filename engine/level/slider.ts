/**
 * The positions a player's control can take on a level: every option of a choice, both states
 * of a switch, and for a number the values of its slider. The slider has SLIDER_TICKS + 1
 * positions over the level's range, logarithmic for rates (and for batch sizes whose range
 * spans more than a factor of 16), values rounded to 4 significant digits (integers for batch
 * sizes), both ends exact. components/player/controls/LogSlider.tsx draws that slider;
 * content/levels/shortcuts.test.ts checks that the two agree tick for tick. Pure.
 */
import type { Level } from './schema';
import type { Settings, SettingKey } from '../settings';
import { resolveVariation } from '../landscape/registry';
import { isLogScale, settingDef } from '../settings-registry';

/** A slider's last tick (ticks run 0…SLIDER_TICKS). */
export const SLIDER_TICKS = 1000;

/** A numeric control's slider: its range and whether it is logarithmic. */
export interface SliderSpec {
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
  readonly integer: boolean;
}

/** The slider a level shows for a numeric control, or null for a choice, a switch or a locked setting. */
export function sliderSpec(level: Level, key: SettingKey): SliderSpec | null {
  const ctl = (level.controls as Record<string, unknown>)[key] as { min?: number; max?: number } | undefined;
  if (!ctl || ctl.min === undefined || ctl.max === undefined) return null;
  const integer = settingDef(key).scale === 'integer';
  const min = ctl.min;
  // The player caps the batch-size slider at the number of training examples.
  const max = key === 'batchSize' ? Math.min(ctl.max, resolveVariation(level.landscape).n) : ctl.max;
  const log = isLogScale(key, min) || (integer && max / Math.max(1, min) > 16);
  return { min, max, log, integer };
}

/** The value at tick t of a slider (the player's mapping). */
export function sliderValueAt(s: SliderSpec, t: number): number {
  const useLog = s.log && s.min > 0;
  const f = t / SLIDER_TICKS;
  let v = useLog ? Math.exp(Math.log(s.min) + f * (Math.log(s.max) - Math.log(s.min))) : s.min + f * (s.max - s.min);
  if (t === 0) v = s.min;
  if (t === SLIDER_TICKS) v = s.max;
  if (s.integer) return Math.round(v);
  return Number(v.toPrecision(4));
}

/** Every distinct value of a slider, in tick order, with the first tick that gives it. */
export function sliderValues(s: SliderSpec): { tick: number; value: number }[] {
  const out: { tick: number; value: number }[] = [];
  for (let t = 0; t <= SLIDER_TICKS; t++) {
    const value = sliderValueAt(s, t);
    if (out.length === 0 || out[out.length - 1].value !== value) out.push({ tick: t, value });
  }
  return out;
}

/**
 * The positions of one control: options, both switch states, or the slider's distinct values —
 * all of them when there are at most `maxPositions`, else that many evenly spaced in ticks
 * (ends included). The level's default is always among them.
 */
export function controlPositions(level: Level, key: SettingKey, defaults: Settings, maxPositions: number): unknown[] {
  const ctl = (level.controls as Record<string, unknown>)[key] as { options?: readonly string[] } | undefined;
  if (!ctl) return [defaults[key]];
  if (ctl.options) return [...ctl.options];
  const spec = sliderSpec(level, key);
  if (!spec) return [false, true];
  const all = sliderValues(spec);
  const picked = new Set<number>();
  if (all.length <= maxPositions) for (const p of all) picked.add(p.value);
  else for (let i = 0; i < maxPositions; i++) picked.add(sliderValueAt(spec, Math.round((i * SLIDER_TICKS) / (maxPositions - 1))));
  picked.add(defaults[key] as number);
  return [...picked].sort((a, b) => a - b);
}
