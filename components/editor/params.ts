/**
 * The editor's view of a family's parameters: each field of the family's zod schema
 * (engine/landscape/registry.ts) described as a plain input (number with its range, point,
 * choice, switch, or text), read from the schema itself so sliders and validation never drift.
 * A field with no default (a network's optional feature list) is left to the family's own picker.
 */
import { FAMILIES, type FamilyId } from '@/engine';

/** One editable parameter of a family. */
export type ParamField =
  | { key: string; kind: 'number'; min: number; max: number; default: number }
  | { key: string; kind: 'point'; min: number; max: number; default: [number, number] }
  | { key: string; kind: 'choice'; options: string[]; default: string }
  | { key: string; kind: 'switch'; default: boolean }
  | { key: string; kind: 'text'; default: string }
  | { key: string; kind: 'domain'; default: { x: [number, number]; y: [number, number] } };

interface ZodLike {
  def: { type: string; innerType?: ZodLike; defaultValue?: unknown; items?: ZodLike[] };
  minValue?: number | null;
  maxValue?: number | null;
  options?: string[];
  shape?: Record<string, ZodLike>;
}

function bounds(s: ZodLike): { min: number; max: number } {
  return { min: s.minValue ?? -1e3, max: s.maxValue ?? 1e3 };
}

function fieldOf(key: string, s: ZodLike): ParamField | null {
  // An optional field without a default ("absent means the family's own choice", such as a
  // network's feature list) has no plain input: the family's own picker edits it.
  if (s.def.type !== 'default' || !s.def.innerType) return null;
  const inner = s.def.innerType;
  const dflt = s.def.defaultValue;
  switch (inner.def.type) {
    case 'number':
      return { key, kind: 'number', ...bounds(inner), default: dflt as number };
    case 'tuple':
      return { key, kind: 'point', ...bounds(inner.def.items![0]), default: dflt as [number, number] };
    case 'enum':
      return { key, kind: 'choice', options: inner.options ?? [], default: dflt as string };
    case 'boolean':
      return { key, kind: 'switch', default: dflt as boolean };
    case 'string':
      return { key, kind: 'text', default: dflt as string };
    case 'object':
      return { key, kind: 'domain', default: dflt as { x: [number, number]; y: [number, number] } };
    default:
      return null;
  }
}

/** The family's parameters as input descriptions, in schema order (fields with a default only). */
export function paramFields(family: FamilyId): ParamField[] {
  const shape = (FAMILIES[family].params as unknown as ZodLike).shape ?? {};
  return Object.entries(shape).flatMap(([key, s]) => fieldOf(key, s) ?? []);
}

/** Default parameter values of a family (a fresh copy). */
export function defaultParams(family: FamilyId): Record<string, unknown> {
  return Object.fromEntries(paramFields(family).map((f) => [f.key, structuredClone(f.default)]));
}

/** Slider position ↔ value: log-spaced when the range is positive and spans over 100×. */
export function isLogRange(min: number, max: number): boolean {
  return min > 0 && max / min > 100;
}

/** Value at slider tick t ∈ [0, 1000]. */
export function tickToValue(t: number, min: number, max: number): number {
  const f = Math.min(1, Math.max(0, t / 1000));
  return isLogRange(min, max) ? Math.exp(Math.log(min) + f * (Math.log(max) - Math.log(min))) : min + f * (max - min);
}

/** Slider tick of a value (clamped into the range). */
export function valueToTick(v: number, min: number, max: number): number {
  const c = Math.min(max, Math.max(min, v));
  const f = isLogRange(min, max) ? (Math.log(c) - Math.log(min)) / (Math.log(max) - Math.log(min)) : max === min ? 0 : (c - min) / (max - min);
  return Math.round(f * 1000);
}

/** A number rounded to 4 significant digits, for display and for slider values. */
export function nice(v: number): number {
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(4)) : v;
}
